/**
 * Typed wire→form tables: for each field of a CCC request, the form field an error about it belongs under, or null
 * when the form does not render it (the error is then shown for the form as a whole). A `Record` over the request's
 * keys, so a field added to a CCC request schema does not compile until someone decides where its errors go.
 * Browser-safe: types and a lookup only.
 */
export type WireToForm<W extends string, F extends string> = { readonly [K in W]: F | null };

/** The form field for a CCC request field name (as CccError.field gives it); null when unmapped or not a form field. */
export function formFieldOf<W extends string, F extends string>(
  table: WireToForm<W, F>,
  wireField: string | undefined,
): F | null {
  if (wireField === undefined || !Object.hasOwn(table, wireField)) return null;
  return table[wireField as W];
}

/** A kind's form → CCC name table turned around: CCC's name → the form field. */
export type ByWireName<T extends Record<string, string>> = { readonly [F in keyof T as T[F]]: F };

export function byWireName<const T extends Record<string, string>>(names: T): ByWireName<T> {
  // Object.fromEntries loses the key types; inverting a table of distinct names gives exactly ByWireName<T>.
  return Object.fromEntries(Object.entries(names).map(([form, wire]) => [wire, form])) as ByWireName<T>;
}

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

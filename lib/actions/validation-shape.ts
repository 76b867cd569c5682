/**
 * The validation-error shape every action answers: next-safe-action's "flattened" shape, but keeping the errors of
 * nested fields. The library's flatten keeps only each field's own errors, so `callers: [[…]]` or
 * `variables: [[]]` came back as `{ formErrors: [], fieldErrors: {} }`: refused without saying why (found by the
 * fuzzer, lib/fuzz/). Here a nested error is listed under its top-level field (the name a form renders), its
 * message prefixed with the rest of the path, e.g. `callers: ["0: Invalid input: expected string, received array"]`.
 */

export interface FlatValidationErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
}

/** zod's "formatted" tree as next-safe-action builds it: `_errors` at every level, children by key or index. */
interface FormattedNode {
  _errors?: string[];
  [key: string]: unknown;
}

const isNode = (value: unknown): value is FormattedNode => typeof value === "object" && value !== null;

/** Every message in `node` and below, each prefixed with its path below the top-level field. */
function messagesUnder(node: FormattedNode, prefix: string[]): string[] {
  const own = (node._errors ?? []).map((message) => (prefix.length ? `${prefix.join(".")}: ${message}` : message));
  const nested = Object.entries(node)
    .filter(([key]) => key !== "_errors")
    .flatMap(([key, child]) => (isNode(child) ? messagesUnder(child, [...prefix, key]) : []));
  return [...own, ...nested];
}

export function flattenAllValidationErrors(formatted: unknown): FlatValidationErrors {
  const root: FormattedNode = isNode(formatted) ? formatted : {};
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, child] of Object.entries(root)) {
    if (field === "_errors" || !isNode(child)) continue;
    const messages = messagesUnder(child, []);
    if (messages.length > 0) fieldErrors[field] = messages;
  }
  return { formErrors: root._errors ?? [], fieldErrors };
}

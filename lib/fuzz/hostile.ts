/**
 * fast-check arbitraries for what an attacker can put in a server action's arguments or a route's URL: wrong types,
 * huge strings, deep nesting, `__proto__`/`constructor` keys, negative and overflowing numbers, numbers as strings,
 * 200,000-element arrays, lone surrogates (what invalid UTF-8 becomes once decoded), and mutations of a valid input
 * so the fuzzer also reaches the checks behind the first schema error.
 */
import fc from "fast-check";

/** The array length the issue asks for: far past any list the forms accept. */
export const HUGE_ARRAY_LENGTH = 200_000;

const JS_NUMBERS = [
  0,
  -0,
  -1,
  1.5,
  2 ** 31,
  2 ** 32 + 1,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

const NUMBER_STRINGS = ["NaN", "Infinity", "-Infinity", "-0", "1e309", "0x1F", " 7 ", "", "1_000", "9".repeat(400)];

/** Strings no form would send: lone surrogates, NUL, bidi overrides, RTL, emoji, SQL and path probes. */
const ODD_STRINGS = [
  "\uD800",
  "a\uDFFFb",
  "\u0000",
  "\u202Eevil",
  "\uFEFF+8613800000001",
  "😀".repeat(64),
  "'; drop table users; --",
  "../../etc/passwd",
  "%FF%FE",
  "__proto__",
  "constructor",
];

/** A string of `length` made of `unit`: cheap to build, expensive to mishandle. */
const longString = (length: number, unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const hostileNumber = fc.oneof(
  fc.constantFrom(...JS_NUMBERS),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
);

/** Strings up to `longest` characters: a URL tops out near 16 KB in Node's HTTP server, a body at 3 MiB. */
export function hostileStringUpTo(longest: number): fc.Arbitrary<string> {
  const lengths = [1_000, 10_000, 1_000_000].filter((n) => n <= longest);
  return fc.oneof(
    fc.string(),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(...NUMBER_STRINGS, ...ODD_STRINGS),
    fc.constantFrom(...lengths).chain((n) => fc.constantFrom("x", "+86138", "\uD83D").map((u) => longString(n, u))),
  );
}

/** Up to 1,000,000 characters (a third of the action body limit, so the action itself has to cope). */
export const hostileString = hostileStringUpTo(1_000_000);

/** An own `__proto__` / `constructor` / `prototype` key, as JSON.parse (and React's reply decoder) produce it. */
export const prototypeKeys = fc
  .tuple(fc.constantFrom("__proto__", "constructor", "prototype"), fc.jsonValue({ maxDepth: 2 }))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value ?? null)}}`) as object);

/** `depth` levels of arrays or objects around a value. */
export function nested(depth: number, kind: "array" | "object", inner: unknown = 1): unknown {
  let value = inner;
  for (let level = 0; level < depth; level++) value = kind === "array" ? [value] : { a: value };
  return value;
}

export const deepNesting = fc
  .tuple(fc.constantFrom(64, 1_000, 10_000), fc.constantFrom("array" as const, "object" as const))
  .map(([depth, kind]) => nested(depth, kind));

/** 200,000 elements: numbers, phone-like strings or objects. Built fresh per case, so nothing is shared. */
export const hugeArray = fc
  .constantFrom("number", "phone", "object")
  .map((kind) =>
    Array.from({ length: HUGE_ARRAY_LENGTH }, (_, i) =>
      kind === "number" ? i : kind === "phone" ? `+86138${String(i).padStart(8, "0")}` : { Key: "k", Value: "v" },
    ),
  );

/** Anything React's reply decoder can hand an action: JSON plus bigint, Date, Map, Set, undefined, NaN. */
export const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
});

/** One hostile value, weighted so the expensive shapes (huge, deep) stay a small share of the cases. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyValue, weight: 6 },
  { arbitrary: hostileNumber, weight: 4 },
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: prototypeKeys, weight: 2 },
  { arbitrary: fc.constantFrom(null, undefined, true, false, [], {}), weight: 2 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: hugeArray, weight: 1 },
);

type Mutation = (input: Record<string, unknown>, key: string, value: unknown) => unknown;

const MUTATIONS: Mutation[] = [
  (input, key, value) => ({ ...input, [key]: value }),
  (input, key) => Object.fromEntries(Object.entries(input).filter(([k]) => k !== key)),
  (input, _key, value) => ({ ...input, extra: value }),
  (input, key, value) => Object.assign(JSON.parse(`{"__proto__":{"${key}":1}}`), input, { [key]: value }),
  (input, key) => ({ ...input, [key]: [input[key]] }),
  (input, key) => ({ ...input, [key]: String(input[key]) }),
];

/** `valid` with one field replaced, dropped, wrapped, stringified or shadowed by a hostile value. */
export function mutationOf(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  if (keys.length === 0) return hostileValue;
  return fc
    .tuple(fc.constantFrom(...keys), fc.integer({ min: 0, max: MUTATIONS.length - 1 }), hostileValue)
    .map(([key, which, value]) => (MUTATIONS[which] as Mutation)(valid, key, value));
}

/** What the fuzzer sends an action: mostly mutations of its valid input, some wholly hostile values, some valid. */
export function actionInput(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid !== "object" || valid === null) return hostileValue;
  return fc.oneof(
    { arbitrary: mutationOf(valid as Record<string, unknown>), weight: 6 },
    { arbitrary: hostileValue, weight: 3 },
    { arbitrary: fc.constant(valid), weight: 1 },
  );
}

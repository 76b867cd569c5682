/**
 * Raw HTTP requests for the fuzzer's HTTP layer: server-action POSTs with bodies no browser sends (invalid UTF-8,
 * over the body limit, declared or chunked, 100,000 levels deep, 200,000-element arrays, `__proto__` keys, React
 * reply references that point nowhere, other content types) and route GETs with hostile path segments.
 */
import fc from "fast-check";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/callees/wire";
import { actionInput, HUGE_ARRAY_LENGTH, hostileStringUpTo, hostileValue } from "@/lib/fuzz/hostile";

export interface RawRequest {
  method: string;
  /** Path and query, already encoded (or deliberately mis-encoded). */
  path: string;
  body?: Buffer;
  contentType?: string;
  /** Sent as a stream without Content-Length, so no limit can be checked before reading. */
  chunked?: boolean;
  /** What the case is, for the failure message (the body itself may be megabytes). */
  label: string;
}

/** JSON.stringify for anything React's decoder could have produced: bigint as its digits. */
function encode(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null";
  } catch (error) {
    // 10,000 levels are too deep for JSON.stringify's recursion (only `nested()` builds such values): send 10,000
    // levels of arrays in their place, as text.
    if (!(error instanceof RangeError)) throw error;
    return `${"[".repeat(10_000)}1${"]".repeat(10_000)}`;
  }
}

const REPLY_REFERENCES = ["$1", "$@0", "$Q0", "$W0", "$K0", "$B0", "$h0", "$F0", "$T", "$Z", "$i0", "$R0", "$r0"];
const MORE_REFERENCES = ["$n99999999999999999999999", "$Dnot a date", "$Infinity", "$-0", "$NaN", "$undefined", "$$"];
const GARBAGE = ["", "not json", "[", "null", "{}", '"string"', "[1,2", "\u0000", "]]]]"];
const CONTENT_TYPES = ["multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json"];

const text = (label: string, body: string, contentType = "text/plain;charset=UTF-8") =>
  ({ label, body: Buffer.from(body), contentType }) as const;

/** The bodies of action POSTs: the action's arguments as JSON, or something that is not. */
export function actionBody(valid: unknown) {
  const args = fc.oneof(
    { arbitrary: actionInput(valid).map((input) => text("json [input]", encode([input]))), weight: 8 },
    { arbitrary: hostileValue.map((input) => text("json args", encode(input))), weight: 2 },
    {
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({
        label: "invalid UTF-8",
        body: Buffer.concat([Buffer.from('[{"name":"'), Buffer.from(bytes.map((b) => b | 0x80)), Buffer.from('"}]')]),
        contentType: "text/plain;charset=UTF-8",
      })),
      weight: 2,
    },
    { arbitrary: fc.constantFrom(...REPLY_REFERENCES, ...MORE_REFERENCES).map((r) => text(r, encode([r]))), weight: 2 },
    { arbitrary: fc.constantFrom(...GARBAGE).map((g) => text(`garbage ${encode(g)}`, g)), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...CONTENT_TYPES), fc.constantFrom(...GARBAGE, encode([valid])))
        .map(([type, body]) => text(`${type}: ${body.slice(0, 40)}`, body, type)),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom(1_000, 100_000).map((n) => text(`${n} deep`, `${"[".repeat(n)}${"]".repeat(n)}`)),
      weight: 1,
    },
    {
      arbitrary: fc
        .constant(null)
        .map(() =>
          text("200,000-element array", `[[${Array.from({ length: HUGE_ARRAY_LENGTH }, (_, i) => i).join(",")}]]`),
        ),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom("__proto__", "constructor").map((key) => {
        const own = typeof valid === "object" && valid !== null ? encode(valid).slice(1, -1) : '"x":1';
        return text(`${key} key`, `[{${encode(key)}:{"role":"admin","sdkAppIds":[1]},${own}}]`);
      }),
      weight: 1,
    },
    {
      arbitrary: fc.boolean().map((chunked) => ({
        ...text(`over the limit${chunked ? ", chunked" : ""}`, `["${"x".repeat(ACTION_BODY_LIMIT_BYTES + 1024)}"]`),
        chunked,
      })),
      weight: 1,
    },
  );
  return args;
}

const SEGMENT_ESCAPES = ["%FF", "%C0%80", "%ED%A0%80", "%", "%ZZ", "..%2F..", "%00", "1%2F2", "%2E%2E"];

/** A path segment: an encoded hostile string, or an escape no browser would send. */
export const hostileSegment = fc.oneof(
  {
    arbitrary: hostileStringUpTo(10_000).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "?"))),
    weight: 3,
  },
  { arbitrary: fc.constantFrom(...SEGMENT_ESCAPES), weight: 1 },
  { arbitrary: fc.constant("9".repeat(20_000)), weight: 1 },
);

/** `template` ("/api/apps/[sdkAppId]/…") with each segment valid or hostile, a query hostile or not. */
export function routeRequest(template: string, valid: Record<string, string>, validQuery: string) {
  const names = [...template.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1] as string);
  const segments = fc.tuple(
    ...names.map((name) =>
      fc.oneof({ arbitrary: fc.constant(valid[name] ?? "1"), weight: 1 }, { arbitrary: hostileSegment, weight: 2 }),
    ),
  );
  const query = fc.oneof(
    fc.constant(validQuery),
    hostileSegment.map((s) => `${validQuery}&${s}=${s}`),
  );
  const method = fc.oneof(
    { arbitrary: fc.constant("GET"), weight: 6 },
    { arbitrary: fc.constantFrom("POST", "DELETE", "PUT"), weight: 1 },
  );
  return fc.tuple(segments, query, method).map(([values, search, verb]): RawRequest => {
    let path = template;
    names.forEach((name, i) => {
      path = path.replace(`[${name}]`, values[i] ?? "");
    });
    const full = `${path}${search ? `?${search.replace(/^&/, "")}` : ""}`;
    return { method: verb, path: full, label: `${verb} ${full.slice(0, 120)}` };
  });
}

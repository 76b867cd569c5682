/**
 * What the fuzzer sends a route handler: its path segments and query string, valid or hostile (all routes are GETs,
 * so these are the whole input), plus raw query text a browser would never send (bad percent escapes, overlong and
 * surrogate UTF-8).
 */
import fc from "fast-check";
import { hostileStringUpTo } from "./hostile";

/** What fits a URL: Node refuses request heads over 16 KB, so longer segments never reach a handler. */
const hostileString = hostileStringUpTo(10_000);

export interface RouteInput {
  segments: Record<string, string>;
  query: Record<string, string>;
  /** Appended to the query string as it is, escapes and all. */
  rawQuery: string;
}

const RAW_QUERIES = ["", "", "", "%FF%FE=%C0%80", "a=%", "%%=%%", "chunk=%ED%A0%80", "app=%00", "status=%E0%80%AF"];

/** A query key: the route's own, a prototype key, or anything. */
const queryKey = (known: string[]) =>
  fc.oneof(fc.constantFrom(...known, "__proto__", "constructor", "prototype"), fc.string({ maxLength: 12 }));

/** Valid segments and query with some replaced, some added, or all hostile. */
export function routeInput(valid: { segments: Record<string, string>; query: Record<string, string> }) {
  const segmentArbs = Object.fromEntries(
    Object.entries(valid.segments).map(([key, value]) => [
      key,
      fc.oneof({ arbitrary: fc.constant(value), weight: 2 }, { arbitrary: hostileString, weight: 3 }),
    ]),
  );
  const known = Object.keys(valid.query);
  const query = fc.oneof(
    fc.constant(valid.query),
    fc.dictionary(queryKey(known), hostileString, { maxKeys: 4 }).map((extra) => ({ ...valid.query, ...extra })),
    fc.dictionary(queryKey(known), hostileString, { maxKeys: 4 }),
  );
  return fc.record({
    segments: fc.record(segmentArbs) as fc.Arbitrary<Record<string, string>>,
    query,
    rawQuery: fc.constantFrom(...RAW_QUERIES),
  });
}

/** The URL a request for `input` has: the route's path with the query string rebuilt from the input. */
export function routeUrl(pathWithQuery: string, input: RouteInput): string {
  const pathname = pathWithQuery.split("?")[0] ?? "/";
  const search = new URLSearchParams(Object.entries(input.query)).toString();
  const raw = [search, input.rawQuery].filter(Boolean).join("&");
  return `http://127.0.0.1${pathname}${raw ? `?${raw}` : ""}`;
}

/** The segments and query of a valid call, as the route-calls table builds it. */
export function validRouteInput(call: { path: string; segments?: Record<string, string> }) {
  const query = Object.fromEntries(new URL(`http://127.0.0.1${call.path}`).searchParams);
  return { segments: call.segments ?? {}, query, rawQuery: "" };
}

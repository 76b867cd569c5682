/**
 * Reads the value a server action returned from Next's answer to a `Next-Action` POST (React Flight rows,
 * `text/x-component`), for HTTP clients that call actions without React: the two-instance test and bench:load.
 *
 * Only what plain JSON action results need: rows `<id>:<json>` and text rows `<id>:T<byte length hex>,<text>`;
 * references `$@id` / `$id` (with `:key` paths), `$undefined`, `$$` escapes and `$D` dates (as ISO strings).
 * Other tagged rows (hints, imports, debug info) are kept raw and never followed.
 */

export type FlightRows = Map<string, unknown>;

const NEWLINE = 0x0a;
const COLON = 0x3a;
const COMMA = 0x2c;

/** Splits a Flight body into rows by id. */
export function parseFlightRows(body: string | Buffer): FlightRows {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const rows: FlightRows = new Map();
  let at = 0;
  while (at < bytes.length) {
    if (bytes[at] === NEWLINE) {
      at += 1;
      continue;
    }
    const colon = bytes.indexOf(COLON, at);
    if (colon < 0) throw new Error(`Flight row without an id at byte ${at}`);
    const id = bytes.toString("latin1", at, colon);
    const tag = String.fromCharCode(bytes[colon + 1] ?? 0);
    if (tag === "T") {
      // Text rows carry their UTF-8 byte length and no newline terminator.
      const comma = bytes.indexOf(COMMA, colon);
      const length = Number.parseInt(bytes.toString("latin1", colon + 2, comma), 16);
      rows.set(id, bytes.toString("utf8", comma + 1, comma + 1 + length));
      at = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf(NEWLINE, colon);
    const stop = end < 0 ? bytes.length : end;
    const raw = bytes.toString("utf8", colon + 1, stop);
    rows.set(id, /^[A-Z]/.test(raw) ? { $tagged: raw } : JSON.parse(raw));
    at = stop + 1;
  }
  return rows;
}

/** Replaces Flight references and escapes in `value` with what they stand for. */
export function reviveFlight(rows: FlightRows, value: unknown, depth = 0): unknown {
  if (depth > 64) throw new Error("Flight references nest too deep");
  if (typeof value === "string") return reviveString(rows, value, depth);
  if (Array.isArray(value)) return value.map((item) => reviveFlight(rows, item, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reviveFlight(rows, item, depth + 1)]));
  }
  return value;
}

function reviveString(rows: FlightRows, value: string, depth: number): unknown {
  if (!value.startsWith("$")) return value;
  if (value.startsWith("$$")) return value.slice(1);
  if (value === "$undefined") return undefined;
  if (value.startsWith("$D")) return value.slice(2);
  const reference = /^\$@?([0-9a-f]+)((?::[^:]+)*)$/.exec(value);
  if (!reference) return value;
  let target = reviveFlight(rows, rows.get(reference[1] as string), depth + 1);
  for (const key of (reference[2] ?? "").split(":").slice(1)) {
    target = (target as Record<string, unknown> | undefined)?.[key];
  }
  return target;
}

export interface ActionAnswer {
  /** What the action returned (row 0's `a`, resolved). */
  result: unknown;
  /** The build id the answering instance runs (row 0's `b`); the browser's router compares it with its own. */
  buildId: string | undefined;
}

/** Reads an action's answer. Throws when the body is not one. */
export function readActionAnswer(body: string | Buffer): ActionAnswer {
  const rows = parseFlightRows(body);
  const head = rows.get("0");
  if (head === null || typeof head !== "object" || !("a" in head)) {
    throw new Error(`Not a server action answer: ${String(body).slice(0, 200)}`);
  }
  const { a, b } = head as { a: unknown; b?: unknown };
  return { result: reviveFlight(rows, a), buildId: typeof b === "string" ? b : undefined };
}

/**
 * Validates a request body with the registry's zod schema and turns the first problem into CCC's error:
 * UnknownParameter, MissingParameter or InvalidParameterValue. Every message starts with the field's path
 * (e.g. "ConcurrencyNumber must be between 1 and 20", "Callees.3 must be a string") so a client can map it to a form.
 */
import { z } from "zod";
import { type CccActionName, cccActions } from "../lib/ccc/actions";
import { CccError } from "./errors";

export type CccParsedRequest<A extends CccActionName> = z.output<(typeof cccActions)[A]["request"]>;
type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export function validateRequest<A extends CccActionName>(action: A, body: unknown): CccParsedRequest<A> {
  const schema: z.ZodType = cccActions[action].request;
  const result = schema.safeParse(body);
  if (result.success) return result.data as CccParsedRequest<A>;
  throw issueToError(action, pickIssue(result.error.issues, body), schema, body);
}

/** Unknown parameters first, then missing ones, then bad values: the order a caller can fix them in. */
function pickIssue(issues: Issue[], body: unknown): Issue {
  const unknown = issues.find((issue) => issue.code === "unrecognized_keys");
  const missing = issues.find((issue) => issue.code === "invalid_type" && valueAt(body, issue.path) === undefined);
  return unknown ?? missing ?? (issues[0] as Issue);
}

function issueToError(action: string, issue: Issue, schema: z.ZodType, body: unknown): CccError {
  const field = fieldName(issue.path);
  if (issue.code === "unrecognized_keys") {
    const key = fieldName([...issue.path, issue.keys[0] ?? ""]);
    return new CccError("UnknownParameter", `${key} is not a parameter of ${action}`);
  }
  if (issue.code === "invalid_type" && valueAt(body, issue.path) === undefined) {
    return new CccError("MissingParameter", `${field} is a required parameter and is missing`);
  }
  return new CccError("InvalidParameterValue", `${field} must be ${expectation(issue, schemaAt(schema, issue.path))}`);
}

function expectation(issue: Issue, schema: z.ZodType | undefined): string {
  // A rule across fields (a refine) says what it wants in its own message.
  if (issue.code === "custom") return issue.message;
  if (schema instanceof z.ZodNumber) {
    const range = numberRange(schema);
    if (range === "greater than 0") return schema.isInt ? "a positive integer" : "a positive number";
    if (issue.code === "too_small" || issue.code === "too_big") return range || issue.message;
    const kind = schema.isInt ? "an integer" : "a number";
    return range ? `${kind} ${range}` : kind;
  }
  if (schema instanceof z.ZodString) {
    if (issue.code === "too_big") return `at most ${issue.maximum} characters long`;
    if (issue.code === "too_small")
      return Number(issue.minimum) <= 1 ? "a non-empty string" : `at least ${issue.minimum} characters long`;
    if (issue.code === "invalid_format" && issue.format === "regex") return `a string matching ${issue.pattern}`;
    return "a string";
  }
  if (schema instanceof z.ZodArray) {
    if (issue.code === "too_big") return `an array of at most ${issue.maximum} items`;
    if (issue.code === "too_small") return `an array of at least ${issue.minimum} items`;
    return "an array";
  }
  if (schema instanceof z.ZodUnion && schema.options.every((option) => option instanceof z.ZodLiteral)) {
    const values = schema.options.flatMap((option) => [...(option as z.ZodLiteral).values].map(String));
    return values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values.at(-1)}` : (values[0] ?? "valid");
  }
  if (schema instanceof z.ZodObject) return "an object";
  if (schema instanceof z.ZodBoolean) return "a boolean";
  return `valid (${issue.message})`;
}

const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** "between 1 and 20", "at least 0", "greater than 0", "at most 100" or "" — read from the schema itself. */
function numberRange(schema: z.ZodNumber): string {
  const min = schema.minValue;
  const max = schema.maxValue;
  const hasMin = min !== null && Math.abs(min) < UNBOUNDED;
  const hasMax = max !== null && Math.abs(max) < UNBOUNDED;
  const minInclusive = hasMin && schema.safeParse(min).success;
  if (hasMin && hasMax && minInclusive) return `between ${min} and ${max}`;
  if (hasMin && !minInclusive) return `greater than ${min}`;
  if (hasMin) return `at least ${min}`;
  if (hasMax) return `at most ${max}`;
  return "";
}

/** The schema of the field at `path`, looking through optional wrappers, objects and arrays. */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = current.shape[String(key)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return undefined;
    current = current && unwrap(current);
  }
  return current;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
  return current;
}

function valueAt(body: unknown, path: Path): unknown {
  let current = body;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** CCC's own notation for nested parameters: Callees.3, CalleeAttributes.0.Callee. */
const fieldName = (path: Path) => path.map(String).join(".") || "(request body)";

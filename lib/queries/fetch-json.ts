/**
 * The browser's one way to read a console route: fetch, then parse the body with the route's own response schema
 * (lib/queries/schemas.ts). Every failure becomes a FetchError carrying what the UI shows and support needs.
 */
import { z } from "zod";

/** The ActionError body every route refusal and failure carries (lib/actions/action-error.ts). */
const ZErrorBody = z.object({
  formError: z.object({ code: z.string(), ref: z.string().optional() }).optional(),
  requestId: z.string().optional(),
});

export interface FetchErrorInit {
  /** HTTP status; 0 when no answer arrived (network down, server unreachable). */
  status: number;
  /** The ActionError code (CCC's own code for a CCC failure), or `network` / `invalid_response` / `http_<status>`. */
  code: string;
  /** CCC's RequestId, when CCC answered. */
  requestId?: string;
  /** The server log's reference of an unexpected failure. */
  ref?: string;
}

/** The single error type of every read in lib/queries. */
export class FetchError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId?: string;
  readonly ref?: string;

  constructor(init: FetchErrorInit) {
    super(`${init.status} ${init.code}`);
    this.name = "FetchError";
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.ref = init.ref;
  }
}

/** GETs `url` and returns its JSON parsed by `schema`; throws FetchError otherwise (an abort is rethrown as is). */
export async function fetchJson<S extends z.ZodType>(
  url: string,
  schema: S,
  init: { signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", signal: init.signal, headers: { accept: "application/json" } });
  } catch (error) {
    // react-query cancels by aborting the signal: let it recognise its own cancellation.
    if (init.signal?.aborted) throw error;
    throw new FetchError({ status: 0, code: "network" });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const failure = ZErrorBody.safeParse(body);
    const formError = failure.success ? failure.data.formError : undefined;
    throw new FetchError({
      status: response.status,
      code: formError?.code ?? `http_${response.status}`,
      requestId: failure.success ? failure.data.requestId : undefined,
      ref: formError?.ref,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new FetchError({ status: response.status, code: "invalid_response" });
  return parsed.data;
}

// Every query's error is a FetchError (fetchJson throws nothing else), so `query.error` is typed as one.
declare module "@tanstack/react-query" {
  interface Register {
    defaultError: FetchError;
  }
}

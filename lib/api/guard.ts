/**
 * The route-handler twin of lib/actions/safe-action.ts. Every app/api route is built with withRoute, which runs the
 * same steps in the same order: session (401) → role (403 `forbidden`, before anything is parsed) → path segments
 * and query string through the route's zod schemas (400 with field errors) → every SdkAppId they name must be one of
 * the apps this console is configured for AND the user holds (403 `forbidden_app`) → run → the handler's result
 * through the response schema (200) → failures as the ActionError body (4xx refusals, 502 CCC, 500 with a log ref).
 *
 *   export const GET = withRoute(
 *     { permission: "campaign:read", params: ZAppParams, response: ZCallerNumbersBody },
 *     async ({ params }) => listAllNumbers(getCccClient(), params.sdkAppId),
 *   );
 */
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { ACTION_ERROR_CODES, type ActionError, refusal, toActionError } from "@/lib/actions/action-error";
import { can, type Permission, visibleAppIds } from "@/lib/auth/roles";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import type { CccFailure } from "@/lib/campaigns/ccc-failure";
import { cccConfig } from "@/lib/ccc/server";
import { logger } from "@/lib/log";
import { collectSdkAppIds } from "@/lib/security/app-scope";

const log = logger.child({ module: "api" });

/** No path segments: a route with segments must declare them, or every call is refused (fail closed). */
const ZNoParams = z.strictObject({});
const ZNoQuery = z.object({});

export interface RouteOptions<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType> {
  permission: Permission;
  /** The dynamic path segments (`[sdkAppId]`…), parsed once. Default: none allowed. */
  params?: P;
  /** The query string, as an object of its values (the last one when a key repeats). Default: ignored. */
  query?: Q;
  /** The 200 body. The handler's result is parsed by it, so unknown keys never reach the browser. */
  response: R;
}

export interface RouteContext<P extends z.ZodType, Q extends z.ZodType> {
  request: Request;
  user: SessionUser;
  params: z.output<P>;
  query: z.output<Q>;
  /** The apps this user may work with here: configured ∩ granted, in configured order. */
  apps: number[];
}

/** A deliberate non-200 answer from a handler (404, a CCC failure already reduced to a CccFailure…). */
export class RouteRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: ActionError,
  ) {
    super(body.formError?.code ?? `HTTP ${status}`);
  }
}

/** The ActionError fallback message of each CccFailure category (the UI translates the code, not this). */
const CATEGORY_MESSAGE: Record<CccFailure["category"], string> = {
  auth: "auth",
  throttled: "throttled",
  unavailable: "server",
  timeout: "network",
  network: "network",
  rejected: "validation",
  other: "server",
};

/** A CCC failure a loader already caught: 502 with CCC's code and RequestId, as a thrown CccError would give. */
export function cccRefusal(failure: CccFailure): RouteRefusal {
  const message = refusal(CATEGORY_MESSAGE[failure.category]).formError?.message ?? "";
  return new RouteRefusal(502, {
    formError: { code: failure.code, message },
    ...(failure.requestId ? { requestId: failure.requestId } : {}),
  });
}

/** The `response` of a route whose handler builds its own Response, e.g. a streamed download. */
export const ZStreamedBody = z.instanceof(Response);

export const notFoundRefusal = () => new RouteRefusal(404, refusal(ACTION_ERROR_CODES.notFound));

const NO_STORE = { "Cache-Control": "private, no-store" };
const answer = (body: unknown, status: number) => NextResponse.json(body, { status, headers: NO_STORE });

type Segments = { params: Promise<Record<string, string | string[]>> };

function fieldErrorsOf(...errors: (z.ZodError | undefined)[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of errors.flatMap((error) => error?.issues ?? [])) {
    const key = String(issue.path[0] ?? "_form");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return fieldErrors;
}

/** Builds a route handler; the returned function also carries its permission, for the refusal-table test. */
export function withRoute<
  R extends z.ZodType,
  P extends z.ZodType = typeof ZNoParams,
  Q extends z.ZodType = typeof ZNoQuery,
>(options: RouteOptions<P, Q, R>, handler: (context: RouteContext<P, Q>) => Promise<z.input<R>>) {
  const route = async (request: Request, segments?: Segments): Promise<Response> => {
    const user = await getSessionUser();
    if (!user) return answer(refusal(ACTION_ERROR_CODES.unauthenticated), 401);
    const where = { method: request.method, path: new URL(request.url).pathname, userId: user.id };
    if (!can(user.role, options.permission)) {
      log.warn({ ...where, role: user.role }, "route refused: role");
      return answer(refusal(ACTION_ERROR_CODES.forbidden), 403);
    }
    // Without a schema, P and Q are their defaults (the type parameters' defaults), so these casts hold.
    const paramsSchema = (options.params ?? ZNoParams) as P;
    const querySchema = (options.query ?? ZNoQuery) as Q;
    try {
      const params = paramsSchema.safeParse((await segments?.params) ?? {});
      const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!params.success || !query.success) {
        const fieldErrors = fieldErrorsOf(params.error, query.error);
        return answer({ ...refusal(ACTION_ERROR_CODES.invalidInput), fieldErrors }, 400);
      }
      const apps = visibleAppIds(user, cccConfig().sdkAppIds);
      const named = collectSdkAppIds([params.data, query.data]);
      if (named.some((id) => !apps.includes(id))) {
        log.warn({ ...where, sdkAppIds: named }, "route refused: app outside the user's apps");
        return answer(refusal(ACTION_ERROR_CODES.forbiddenApp), 403);
      }
      const result = await handler({ request, user, params: params.data, query: query.data, apps });
      const body = options.response.parse(result);
      // A streamed body (a CSV export) is already a Response; its route declares ZStreamedBody.
      return body instanceof Response ? body : answer(body, 200);
    } catch (error) {
      if (error instanceof RouteRefusal) return answer(error.body, error.status);
      const body = toActionError(error, { actionName: `${where.method} ${where.path}`, userId: user.id });
      return answer(body, body.formError?.code === ACTION_ERROR_CODES.internal ? 500 : 502);
    }
  };
  return Object.assign(route, { permission: options.permission });
}

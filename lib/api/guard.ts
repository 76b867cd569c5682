/**
 * The route-handler twin of lib/actions/safe-action.ts: the same steps (session → role → input schema → app scope
 * → run → error mapping) with HTTP answers 401 / 403 / 400 / 500 and the ActionError body.
 *
 *   export const GET = withRoute({ permission: "audit:read", schema: ZQuery }, async (req, { user, input }) => …);
 */
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { ACTION_ERROR_CODES, type ActionError, refusal, toActionError } from "@/lib/actions/action-error";
import { can, canAccessApp, type Permission } from "@/lib/auth/roles";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { collectSdkAppIds } from "@/lib/security/app-scope";

export interface RouteOptions<S extends z.ZodType | undefined> {
  permission: Permission;
  /** Validates the query string (GET/HEAD) or the JSON body (other methods). */
  schema?: S;
}

export interface RouteContext<S extends z.ZodType | undefined> {
  user: SessionUser;
  input: S extends z.ZodType ? z.output<S> : undefined;
  params: Promise<Record<string, string | string[]>>;
}

const json = (body: ActionError, status: number) => NextResponse.json(body, { status });

async function readInput(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") {
    return Object.fromEntries(new URL(request.url).searchParams);
  }
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

export function withRoute<S extends z.ZodType | undefined = undefined>(
  options: RouteOptions<S>,
  handler: (request: Request, context: RouteContext<S>) => Promise<Response>,
) {
  return async (
    request: Request,
    segment: { params: Promise<Record<string, string | string[]>> } = { params: Promise.resolve({}) },
  ): Promise<Response> => {
    const user = await getSessionUser();
    if (!user) return json(refusal(ACTION_ERROR_CODES.unauthenticated), 401);
    if (!can(user.role, options.permission)) return json(refusal(ACTION_ERROR_CODES.forbidden), 403);

    let input: unknown;
    if (options.schema) {
      const parsed = options.schema.safeParse(await readInput(request));
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? "_form");
          fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
        }
        return json({ ...refusal(ACTION_ERROR_CODES.invalidInput), fieldErrors }, 400);
      }
      input = parsed.data;
      if (collectSdkAppIds(input).some((id) => !canAccessApp(user, id))) {
        return json(refusal(ACTION_ERROR_CODES.forbiddenApp), 403);
      }
    }

    try {
      // `input` is the schema's output when a schema is given and undefined otherwise, as RouteContext declares.
      return await handler(request, { user, input: input as RouteContext<S>["input"], params: segment.params });
    } catch (error) {
      const body = toActionError(error, {
        actionName: `${request.method} ${new URL(request.url).pathname}`,
        userId: user.id,
      });
      return json(body, body.formError?.code === ACTION_ERROR_CODES.internal ? 500 : 502);
    }
  };
}

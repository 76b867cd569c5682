/**
 * The one way to write a server action. Next.js makes every action a public POST endpoint, so the checks live here
 * and not in pages: authenticate → authorize the role (metadata.permission) → validate the input with the action's
 * zod schema → authorize every SdkAppId the parsed input names → run → map failures to ActionError.
 *
 *   export const pausePredictiveCampaignAction = defineAction(
 *     { actionName: "pausePredictiveCampaignAction", permission: "campaign:write" },
 *     ZPausePredictiveCampaignInput,
 *     async ({ parsedInput, ctx }) => { ... ctx.user ... },
 *   );
 *
 * Only defineAction is exported, so no action can be built on a client that skips the app-scope step.
 */
import "server-only";
import {
  createSafeActionClient,
  type FlattenedValidationErrors,
  returnServerError,
  type ValidationErrors,
} from "next-safe-action";
import { z } from "zod";
import { can, canAccessApp, PERMISSIONS } from "@/lib/auth/roles";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import type { CampaignFailure } from "@/lib/campaigns/campaign-failure";
import { logger } from "@/lib/log";
import { recordActionOutcome } from "@/lib/observability/actions";
import { collectSdkAppIds } from "@/lib/security/app-scope";
import { ACTION_ERROR_CODES, type ActionError, failureToActionError, refusal, toActionError } from "./action-error";
import { flattenAllValidationErrors } from "./validation-shape";

const ZActionMetadata = z.strictObject({
  /** The exported name, for logs and the refusal-table test. */
  actionName: z.string().regex(/^[a-z][A-Za-z]*Action$/),
  permission: z.enum(PERMISSIONS),
});
export type ActionMetadata = z.infer<typeof ZActionMetadata>;

/** Base client: metadata is required, so an action without a declared permission does not compile. */
const baseClient = createSafeActionClient({
  defineMetadataSchema: () => ZActionMetadata,
  defaultValidationErrorsShape: "flattened",
  handleServerError: (error, { metadata }): ActionError => toActionError(error, { actionName: metadata.actionName }),
});

/** Outermost, so refusals count too: every call's outcome and duration by action (lib/observability). */
const observedClient = baseClient.use(async ({ metadata, next }) => {
  const startedAt = performance.now();
  const result = await next();
  recordActionOutcome(metadata.actionName, result, startedAt);
  return result;
});

const authenticatedClient = observedClient.use(async ({ next }) => {
  const user = await getSessionUser();
  if (!user) returnServerError(refusal(ACTION_ERROR_CODES.unauthenticated));
  return next({ ctx: { user } });
});

/** Role check; runs before validation so a refused caller learns nothing about the input schema. */
const actionClient = authenticatedClient.use(async ({ ctx, metadata, next }) => {
  if (!can(ctx.user.role, metadata.permission)) {
    // A signed-in user calling an action their role lacks is worth seeing in the log: the UI never offers it.
    logger.warn({ actionName: metadata.actionName, userId: ctx.user.id, role: ctx.user.role }, "action refused: role");
    returnServerError(refusal(ACTION_ERROR_CODES.forbidden));
  }
  return next();
});

/** Refuses unless the user may act on every SdkAppId the parsed input names (see collectSdkAppIds). */
export function assertAppAccess(user: SessionUser, parsedInput: unknown): void {
  for (const sdkAppId of collectSdkAppIds(parsedInput)) {
    if (!canAccessApp(user, sdkAppId)) {
      logger.warn({ userId: user.id, sdkAppId }, "action refused: app outside the user's apps");
      returnServerError(refusal(ACTION_ERROR_CODES.forbiddenApp));
    }
  }
}

/**
 * Ends an action with a domain failure (lib/campaigns/**): the one place a typed failure becomes the ActionError the
 * browser gets. Domain code never calls returnServerError itself.
 */
export function failWith(failure: CampaignFailure): never {
  return returnServerError(failureToActionError(failure));
}

export interface ActionBodyArgs<S extends z.ZodType> {
  parsedInput: z.output<S>;
  ctx: { user: SessionUser };
}

/**
 * Declares an action: metadata (name + permission), the input schema (the same one the form uses), then the body.
 * The app-scope check runs on the parsed input before the body, so no action can skip it. Every file in
 * lib/actions/*-action.ts builds its action through this, and a test requires refusal cases for each.
 */
export function defineAction<S extends z.ZodType, R>(
  metadata: ActionMetadata,
  schema: S,
  body: (args: ActionBodyArgs<S>) => Promise<R>,
) {
  return (
    actionClient
      .metadata(metadata)
      // The flattened shape, with nested fields' errors kept (validation-shape.ts); same type as the library's.
      .inputSchema(schema, {
        handleValidationErrorsShape: async (errors) =>
          flattenAllValidationErrors(errors) as FlattenedValidationErrors<ValidationErrors<S>>,
      })
      .action(async ({ parsedInput, ctx }) => {
        // For a generic S, next-safe-action's inferred type does not reduce to z.output<S>; they are the same type.
        const input = parsedInput as z.output<S>;
        assertAppAccess(ctx.user, input);
        return body({ parsedInput: input, ctx });
      })
  );
}

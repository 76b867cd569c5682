"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure } from "@/lib/actions/action-result";
import { resetUserPasswordAction } from "@/lib/actions/reset-user-password-action";
import { setUserDisabledAction } from "@/lib/actions/set-user-disabled-action";
import { EditUserForm } from "./edit-user-form";
import { FormFeedback } from "./form-controls";
import type { UserListItem } from "./user-types";

const td = "px-4 py-3 align-middle whitespace-nowrap";

/** One user with its actions; the edit form and any message open in a full-width row below it. */
export function UserRow({ user, isSelf, appIds }: { user: UserListItem; isSelf: boolean; appIds: readonly number[] }) {
  const t = useTranslations("Users");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError>();
  const [message, setMessage] = useState<string>();
  const [password, setPassword] = useState<string>();

  const run = (work: () => Promise<void>) => {
    setError(undefined);
    setMessage(undefined);
    setPassword(undefined);
    startTransition(work);
  };
  const onToggleDisabled = () =>
    run(async () => {
      const result = await setUserDisabledAction({ userId: user.id, disabled: !user.disabled });
      const failure = actionFailure(result);
      if (failure) return setError(failure);
      setMessage(t(user.disabled ? "actions.enabled" : "actions.disabled", { name: user.displayName }));
      router.refresh();
    });
  const onResetPassword = () =>
    run(async () => {
      const result = await resetUserPasswordAction({ userId: user.id });
      const failure = actionFailure(result);
      if (failure) return setError(failure);
      setPassword(result?.data?.password);
    });

  const showDetails = editing || error || message || password;
  return (
    <>
      <tr data-user-email={user.email} className="hover:bg-canvas/60">
        <th scope="row" className={`${td} text-left font-medium text-ink`}>
          {user.displayName}
          {isSelf ? <span className="ml-1.5 text-xs font-normal text-ink-muted">({t("you")})</span> : null}
        </th>
        <td className={`${td} text-ink-muted`}>{user.email}</td>
        <td className={td} data-testid="user-role">
          {t(`roles.${user.role}`)}
        </td>
        <td className={`${td} font-mono text-xs tabular-nums`}>
          {user.sdkAppIds.length ? user.sdkAppIds.join(", ") : t("noApps")}
        </td>
        <td className={`${td} text-ink-muted`}>{user.timeZone}</td>
        <td className={td} data-testid="user-status">
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${user.disabled ? "bg-danger-soft text-danger" : "bg-accent-soft text-accent"}`}
          >
            {t(user.disabled ? "status.disabled" : "status.active")}
          </span>
        </td>
        {/* The buttons may wrap, so the column never pushes the table wider than its card. */}
        <td className="px-4 py-3 align-middle">
          <div className="flex flex-wrap gap-1.5">
            <Button
              size="sm"
              aria-expanded={editing}
              aria-label={t("actions.editLabel", { name: user.displayName })}
              onClick={() => setEditing(!editing)}
            >
              {t("actions.edit")}
            </Button>
            <Button size="sm" disabled={pending} onClick={onToggleDisabled}>
              {t(user.disabled ? "actions.enable" : "actions.disable")}
            </Button>
            <Button size="sm" disabled={pending} onClick={onResetPassword}>
              {pending ? t("actions.working") : t("actions.resetPassword")}
            </Button>
          </div>
        </td>
      </tr>
      {/* Visually hidden rather than display:none while empty, so its live region exists before a message arrives. */}
      <tr className={showDetails ? "bg-canvas/60" : "sr-only"}>
        <td colSpan={7} className="px-4 py-3">
          {editing ? (
            <EditUserForm
              user={user}
              appIds={appIds}
              onDone={(done) => {
                setEditing(false);
                setMessage(done);
              }}
            />
          ) : null}
          {password ? (
            <div role="alert" className="space-y-1 text-sm">
              <p className="text-ink">{t("actions.newPassword", { name: user.displayName })}</p>
              <output data-testid="new-password" className="block font-mono text-base text-ink select-all">
                {password}
              </output>
            </div>
          ) : null}
          {!editing ? <FormFeedback fieldErrorCount={0} error={error} success={message} /> : null}
        </td>
      </tr>
    </>
  );
}

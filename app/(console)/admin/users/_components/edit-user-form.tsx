"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useActionErrors } from "@/components/form/use-action-errors";
import { Button } from "@/components/ui/button";
import { actionFailure } from "@/lib/actions/action-result";
import { updateUserAction } from "@/lib/actions/update-user-action";
import { ZUpdateUserInput } from "@/lib/users/schemas";
import { FormFeedback, useFieldErrorText } from "./form-controls";
import { UserAccessFields, userFieldId } from "./user-fields";
import type { UserListItem } from "./user-types";

type Input = z.input<typeof ZUpdateUserInput>;
type Output = z.output<typeof ZUpdateUserInput>;
const FIELDS = ["role", "sdkAppIds", "timeZone"] as const;

/** Changes role, apps and zone of one user; the server refuses an admin's own demotion with a clear message. */
export function EditUserForm({
  user,
  appIds,
  onDone,
}: {
  user: UserListItem;
  appIds: readonly number[];
  onDone: (message?: string) => void;
}) {
  const t = useTranslations("Users");
  const errorText = useFieldErrorText();
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZUpdateUserInput),
    defaultValues: { userId: user.id, role: user.role, sdkAppIds: user.sdkAppIds, timeZone: user.timeZone },
  });
  const { handleSubmit, setValue, control, formState } = form;
  const { errors, isSubmitting, isSubmitted } = formState;
  const [role, sdkAppIds, timeZone] = useWatch({ control, name: ["role", "sdkAppIds", "timeZone"] });
  const prefix = `edit-${user.id}`;
  const server = useActionErrors(form, FIELDS, { idOf: userFieldId(prefix) });
  const update = { shouldValidate: isSubmitted, shouldDirty: true };

  const onSubmit = handleSubmit(async (values) => {
    const failed = actionFailure(await updateUserAction(values));
    server.apply(failed);
    if (!failed) {
      router.refresh();
      onDone(t("actions.saved", { name: user.displayName }));
    }
  }, server.onInvalid);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("actions.editLabel", { name: user.displayName })}
      className="space-y-4"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <UserAccessFields
          idPrefix={prefix}
          role={role}
          onRole={(value) => setValue("role", value as Input["role"], update)}
          sdkAppIds={sdkAppIds}
          onSdkAppIds={(ids) => setValue("sdkAppIds", ids, update)}
          timeZone={timeZone}
          onTimeZone={(value) => setValue("timeZone", value, update)}
          appIds={appIds}
          errors={{
            role: errorText(errors.role?.message),
            sdkAppIds: errorText(errors.sdkAppIds?.message),
            timeZone: errorText(errors.timeZone?.message),
          }}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? t("actions.saving") : t("actions.save")}
        </Button>
        <Button onClick={() => onDone()}>{t("actions.cancel")}</Button>
        <FormFeedback fieldErrorCount={Object.keys(errors).length} error={server.failure} />
      </div>
    </form>
  );
}

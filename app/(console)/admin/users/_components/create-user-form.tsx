"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useActionErrors } from "@/components/form/use-action-errors";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { actionFailure } from "@/lib/actions/action-result";
import { createUserAction } from "@/lib/actions/create-user-action";
import { ZCreateUserInput } from "@/lib/users/schemas";
import { FormFeedback, useFieldErrorText } from "./form-controls";
import { UserAccessFields, userFieldId } from "./user-fields";

type FormInput = z.input<typeof ZCreateUserInput>;
type Output = z.output<typeof ZCreateUserInput>;
const FIELDS = ["email", "displayName", "role", "sdkAppIds", "timeZone", "password"] as const;

/** Creates a user. The schema is the server action's own, so the browser and the server agree on every rule. */
export function CreateUserForm({ appIds }: { appIds: readonly number[] }) {
  const t = useTranslations("Users");
  const errorText = useFieldErrorText();
  const router = useRouter();
  const [success, setSuccess] = useState<string>();
  const defaults: FormInput = {
    email: "",
    displayName: "",
    role: "viewer",
    sdkAppIds: [],
    timeZone: "Asia/Shanghai",
    password: "",
  };
  const form = useForm<FormInput, unknown, Output>({
    resolver: zodResolver(ZCreateUserInput),
    defaultValues: defaults,
  });
  const { register, handleSubmit, setValue, reset, control, formState } = form;
  const { errors, isSubmitting, isSubmitted } = formState;
  const [role, sdkAppIds, timeZone] = useWatch({ control, name: ["role", "sdkAppIds", "timeZone"] });
  const server = useActionErrors(form, FIELDS, { idOf: userFieldId("new-user") });

  const onSubmit = handleSubmit(async (values) => {
    setSuccess(undefined);
    const failed = actionFailure(await createUserAction(values));
    server.apply(failed);
    if (!failed) {
      setSuccess(t("create.success", { email: values.email }));
      reset(defaults);
      router.refresh();
    }
  }, server.onInvalid);

  const text = (name: (typeof FIELDS)[number]) => errorText(errors[name]?.message);
  const update = { shouldValidate: isSubmitted, shouldDirty: true };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="new-user-heading" className="space-y-4">
      <h2 id="new-user-heading" className="text-base font-semibold text-ink">
        {t("create.heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-user-email" label={t("fields.email")} error={text("email")}>
          <Input type="email" autoComplete="off" {...register("email")} />
        </Field>
        <Field id="new-user-displayName" label={t("fields.displayName")} error={text("displayName")}>
          <Input autoComplete="off" {...register("displayName")} />
        </Field>
        <UserAccessFields
          idPrefix="new-user"
          role={role}
          onRole={(value) => setValue("role", value as FormInput["role"], update)}
          sdkAppIds={sdkAppIds}
          onSdkAppIds={(ids) => setValue("sdkAppIds", ids, update)}
          timeZone={timeZone}
          onTimeZone={(value) => setValue("timeZone", value, update)}
          appIds={appIds}
          errors={{ role: text("role"), sdkAppIds: text("sdkAppIds"), timeZone: text("timeZone") }}
        />
        <Field
          id="new-user-password"
          label={t("fields.password")}
          hint={t("fields.passwordHint")}
          error={text("password")}
        >
          <Input type="password" autoComplete="new-password" {...register("password")} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? t("create.pending") : t("create.submit")}
        </Button>
        <FormFeedback fieldErrorCount={Object.keys(errors).length} error={server.failure} success={success} />
      </div>
    </form>
  );
}

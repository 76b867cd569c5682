"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FailureNotice } from "@/components/failure-notice";
import { ErrorSummary, useErrorSummaryItems } from "@/components/form/error-summary";
import { useActionErrors } from "@/components/form/use-action-errors";
import { useHydrated } from "@/components/form/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { actionFailure } from "@/lib/actions/action-result";
import { addDoNotCallAction } from "@/lib/actions/add-do-not-call-action";
import { ZAddDoNotCallForm } from "@/lib/do-not-call/schemas";
import { useDoNotCallErrorText } from "./use-dnc-error-text";

type FormInput = z.input<typeof ZAddDoNotCallForm>;
type Output = z.output<typeof ZAddDoNotCallForm>;
const FIELDS = ["phone", "note"] as const;
const idOf = (field: string) => `dnc-add-${field}`;

/** Adds one number; the server normalizes it (national numbers in the default region) and says if it was there. */
export function AddNumberForm({ sdkAppId }: { sdkAppId: number }) {
  const t = useTranslations("DoNotCall.add");
  const errorText = useDoNotCallErrorText();
  const router = useRouter();
  const hydrated = useHydrated();
  const [success, setSuccess] = useState("");
  const form = useForm<FormInput, unknown, Output>({
    resolver: zodResolver(ZAddDoNotCallForm),
    defaultValues: { sdkAppId, phone: "", note: "" },
  });
  const { register, handleSubmit, reset, formState } = form;
  const { errors, isSubmitting } = formState;
  const server = useActionErrors(form, FIELDS, { idOf });
  const labels = { phone: t("phone"), note: t("note") };
  const summary = useErrorSummaryItems(FIELDS, errors, (field) => labels[field], errorText).map((item) => ({
    ...item,
    id: idOf(item.id),
  }));

  const onSubmit = handleSubmit(async (values) => {
    setSuccess("");
    const result = await addDoNotCallAction(values);
    const failed = actionFailure(result);
    server.apply(failed);
    if (failed || !result?.data) return;
    const { phone, added } = result.data;
    setSuccess(t(added ? "added" : "already", { phone }));
    reset({ sdkAppId, phone: "", note: "" });
    router.refresh();
  }, server.onInvalid);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="dnc-add-heading"
      data-hydrated={hydrated}
      className="space-y-4"
    >
      <h2 id="dnc-add-heading" className="text-base font-semibold text-ink">
        {t("heading")}
      </h2>
      <ErrorSummary items={summary} />
      <Field id={idOf("phone")} label={t("phone")} hint={t("phoneHint")} error={errorText(errors.phone?.message)}>
        <Input type="tel" autoComplete="off" {...register("phone")} />
      </Field>
      <Field id={idOf("note")} label={t("note")} hint={t("noteHint")} error={errorText(errors.note?.message)}>
        <Input autoComplete="off" {...register("note")} />
      </Field>
      <Button type="submit" variant="primary" disabled={!hydrated || isSubmitting}>
        {isSubmitting ? t("pending") : t("submit")}
      </Button>
      <p
        role="status"
        aria-live="polite"
        className="text-sm font-medium text-ink empty:hidden"
        data-testid="dnc-add-status"
      >
        {success}
      </p>
      <FailureNotice failure={server.failure} testId="dnc-add-error" />
    </form>
  );
}

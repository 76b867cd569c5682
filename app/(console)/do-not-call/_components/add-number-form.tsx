"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useActionErrors } from "@/components/form/use-action-errors";
import { Field, Input } from "@/components/ui/field";
import { actionFailure } from "@/lib/actions/action-result";
import { addDoNotCallAction } from "@/lib/actions/add-do-not-call-action";
import { ZAddDoNotCallForm } from "@/lib/do-not-call/schemas";
import { DoNotCallFormShell, usePrefixedSummary } from "./form-parts";
import { useDoNotCallErrorText } from "./use-dnc-error-text";

const FIELDS = ["phone", "note"] as const;
const idOf = (field: string) => `dnc-add-${field}`;

/** Adds one number; the server normalizes it (national numbers in the default region) and says if it was there. */
export function AddNumberForm({ sdkAppId }: { sdkAppId: number }) {
  const t = useTranslations("DoNotCall.add");
  const errorText = useDoNotCallErrorText();
  const router = useRouter();
  const [success, setSuccess] = useState("");
  const form = useForm<z.input<typeof ZAddDoNotCallForm>, unknown, z.output<typeof ZAddDoNotCallForm>>({
    resolver: zodResolver(ZAddDoNotCallForm),
    defaultValues: { sdkAppId, phone: "", note: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const server = useActionErrors(form, FIELDS, { idOf });
  const summary = usePrefixedSummary(FIELDS, errors, { phone: t("phone"), note: t("note") }, idOf);

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess("");
    const result = await addDoNotCallAction(values);
    const failed = actionFailure(result);
    server.apply(failed);
    if (failed || !result?.data) return;
    const { phone, added } = result.data;
    setSuccess(t(added ? "added" : "already", { phone }));
    form.reset({ sdkAppId, phone: "", note: "" });
    router.refresh();
  }, server.onInvalid);

  return (
    <DoNotCallFormShell
      id="dnc-add"
      heading={t("heading")}
      summary={summary}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      status={success}
      failure={server.failure}
    >
      <Field id={idOf("phone")} label={t("phone")} hint={t("phoneHint")} error={errorText(errors.phone?.message)}>
        <Input type="tel" autoComplete="off" {...form.register("phone")} />
      </Field>
      <Field id={idOf("note")} label={t("note")} hint={t("noteHint")} error={errorText(errors.note?.message)}>
        <Input autoComplete="off" {...form.register("note")} />
      </Field>
    </DoNotCallFormShell>
  );
}

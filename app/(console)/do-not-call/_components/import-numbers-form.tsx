"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { CalleeListInput } from "@/components/callee-list/callee-list-input";
import { FailureNotice } from "@/components/failure-notice";
import { ErrorSummary, useErrorSummaryItems } from "@/components/form/error-summary";
import { useActionErrors } from "@/components/form/use-action-errors";
import { useHydrated } from "@/components/form/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { actionFailure } from "@/lib/actions/action-result";
import { importDoNotCallAction } from "@/lib/actions/import-do-not-call-action";
import { toWire } from "@/lib/callees/wire";
import { MAX_IMPORT, ZImportDoNotCallForm } from "@/lib/do-not-call/schemas";
import { useDoNotCallErrorText } from "./use-dnc-error-text";

type FormInput = z.input<typeof ZImportDoNotCallForm>;
type Output = z.output<typeof ZImportDoNotCallForm>;
const FIELDS = ["numbers", "note"] as const;
const idOf = (field: string) => `dnc-import-${field}`;

/**
 * Imports pasted numbers or a CSV/XLSX column through the campaign forms' list input (same reader, normalization and
 * rejected-line report); the server normalizes the list again and adds it in one transaction.
 */
export function ImportNumbersForm({ sdkAppId }: { sdkAppId: number }) {
  const t = useTranslations("DoNotCall.import");
  const errorText = useDoNotCallErrorText();
  const router = useRouter();
  const hydrated = useHydrated();
  const [done, setDone] = useState("");
  // A new key after an import empties the list input (it keeps the pasted text and report in its own state).
  const [round, setRound] = useState(0);
  const form = useForm<FormInput, unknown, Output>({
    resolver: zodResolver(ZImportDoNotCallForm),
    defaultValues: { sdkAppId, numbers: [], note: "" },
  });
  const { register, handleSubmit, reset, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const server = useActionErrors(form, FIELDS, { idOf });
  const labels = { numbers: t("list"), note: t("note") };
  const summary = useErrorSummaryItems(FIELDS, errors, (field) => labels[field], errorText).map((item) => ({
    ...item,
    id: idOf(item.id),
  }));

  const onSubmit = handleSubmit(async (values) => {
    setDone("");
    const result = await importDoNotCallAction({ ...values, numbers: toWire(values.numbers) });
    const failed = actionFailure(result);
    server.apply(failed);
    if (failed || !result?.data) return;
    setDone(t("done", { added: result.data.added, already: result.data.alreadyListed }));
    reset({ sdkAppId, numbers: [], note: "" });
    setRound((value) => value + 1);
    router.refresh();
  }, server.onInvalid);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="dnc-import-heading"
      data-hydrated={hydrated}
      className="space-y-4"
    >
      <h2 id="dnc-import-heading" className="text-base font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="text-sm text-ink-muted">{t("description")}</p>
      <ErrorSummary items={summary} />
      <Controller
        control={control}
        name="numbers"
        render={({ field }) => (
          <CalleeListInput
            key={round}
            id={idOf("numbers")}
            label={t("list")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            max={MAX_IMPORT}
            error={errorText(errors.numbers?.message ?? errors.numbers?.root?.message)}
          />
        )}
      />
      <Field id={idOf("note")} label={t("note")} error={errorText(errors.note?.message)}>
        <Input autoComplete="off" {...register("note")} />
      </Field>
      <Button type="submit" variant="primary" disabled={!hydrated || isSubmitting}>
        {isSubmitting ? t("pending") : t("submit")}
      </Button>
      <p
        role="status"
        aria-live="polite"
        className="text-sm font-medium text-ink empty:hidden"
        data-testid="dnc-import-status"
      >
        {done}
      </p>
      <FailureNotice failure={server.failure} testId="dnc-import-error" />
    </form>
  );
}

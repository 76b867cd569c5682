"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { CalleeListInput } from "@/components/callee-list/callee-list-input";
import { useActionErrors } from "@/components/form/use-action-errors";
import { Field, Input } from "@/components/ui/field";
import { actionFailure } from "@/lib/actions/action-result";
import { importDoNotCallAction } from "@/lib/actions/import-do-not-call-action";
import { toWire } from "@/lib/callees/wire";
import { MAX_IMPORT, ZImportDoNotCallForm } from "@/lib/do-not-call/schemas";
import { DoNotCallFormShell, usePrefixedSummary } from "./form-parts";
import { useDoNotCallErrorText } from "./use-dnc-error-text";

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
  const [done, setDone] = useState("");
  // A new key after an import empties the list input (it keeps the pasted text and report in its own state).
  const [round, setRound] = useState(0);
  const form = useForm<z.input<typeof ZImportDoNotCallForm>, unknown, z.output<typeof ZImportDoNotCallForm>>({
    resolver: zodResolver(ZImportDoNotCallForm),
    defaultValues: { sdkAppId, numbers: [], note: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const server = useActionErrors(form, FIELDS, { idOf });
  const summary = usePrefixedSummary(FIELDS, errors, { numbers: t("list"), note: t("note") }, idOf);

  const onSubmit = form.handleSubmit(async (values) => {
    setDone("");
    const result = await importDoNotCallAction({ ...values, numbers: toWire(values.numbers) });
    const failed = actionFailure(result);
    server.apply(failed);
    if (failed || !result?.data) return;
    setDone(t("done", { added: result.data.added, already: result.data.alreadyListed }));
    form.reset({ sdkAppId, numbers: [], note: "" });
    setRound((value) => value + 1);
    router.refresh();
  }, server.onInvalid);

  return (
    <DoNotCallFormShell
      id="dnc-import"
      heading={t("heading")}
      intro={t("description")}
      summary={summary}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      status={done}
      failure={server.failure}
    >
      <Controller
        control={form.control}
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
        <Input autoComplete="off" {...form.register("note")} />
      </Field>
    </DoNotCallFormShell>
  );
}

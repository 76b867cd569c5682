"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FailureNotice } from "@/components/failure-notice";
import { useHydrated } from "@/components/form/use-hydrated";
import { Button } from "@/components/ui/button";
import { FormSection } from "@/components/ui/form-section";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import type { ActionError } from "@/lib/actions/action-error";
import { actionFailure } from "@/lib/actions/action-result";
import { setMyTimeZoneAction } from "@/lib/actions/set-my-time-zone-action";

/** The user's preferred zone: pages show times in it, and campaign forms start in it. */
export function MyTimeZoneForm({ timeZone: saved }: { timeZone: string }) {
  const t = useTranslations("MySettings");
  const hydrated = useHydrated();
  const [timeZone, setTimeZone] = useState(saved);
  const [savedZone, setSavedZone] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionError>();
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setFailure(undefined);
      setSavedZone(null);
      try {
        const result = await setMyTimeZoneAction({ timeZone });
        const failed = actionFailure(result);
        if (failed) return setFailure(failed);
        setSavedZone(result?.data?.timeZone ?? timeZone);
      } catch {
        setFailure({ formError: { code: "unreachable", message: "" } });
      }
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated || undefined} className="space-y-4">
      <FormSection title={t("zoneSection")}>
        <TimeZonePicker
          id="myTimeZone"
          value={timeZone}
          onChange={setTimeZone}
          label={t("zoneLabel")}
          hint={t("zoneHint")}
          error={failure?.fieldErrors?.timeZone?.[0] ? t("zoneUnknown") : undefined}
        />
      </FormSection>
      <FailureNotice failure={failure?.fieldErrors ? undefined : failure} testId="settings-error" />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="primary" disabled={!hydrated || pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm text-ink-muted" data-testid="settings-status">
          {savedZone ? t("saved", { zone: savedZone }) : ""}
        </p>
      </div>
    </form>
  );
}

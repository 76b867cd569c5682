import { useFormatter, useTranslations } from "next-intl";
import { ProgressBar, progressPercent } from "@/components/progress-bar";

/** Called / total callees as a bar and figures. */
export function CruiseProgress({
  name,
  called,
  total,
  wide,
}: {
  name: string;
  called: number;
  total: number;
  wide?: boolean;
}) {
  const t = useTranslations("CruiseCampaign.progress");
  const format = useFormatter();
  const values = { called: format.number(called), total: format.number(total) };
  const percent = String(progressPercent(called, total));
  return (
    <div className={`flex items-center gap-3 ${wide ? "w-full" : ""}`}>
      <div className={wide ? "flex-1" : "w-24 shrink-0"}>
        <ProgressBar
          value={called}
          max={total}
          label={t("label", { name })}
          valueText={t("valueText", { ...values, percent })}
        />
      </div>
      <span className="shrink-0 text-xs text-ink-muted tabular-nums" data-testid="cruise-progress-value">
        {t("value", values)}
      </span>
    </div>
  );
}

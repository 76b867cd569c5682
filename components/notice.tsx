import type { ReactNode } from "react";

const tones = {
  danger: "border-danger/30 bg-danger-soft",
  neutral: "border-line bg-surface",
  /** Something that works but is probably not what was meant (e.g. a campaign that would call nobody). */
  warning: "border-amber-600/30 bg-amber-50",
} as const;

/**
 * A bordered message block. `alert` makes screen readers announce it on arrival (use it for errors that replace
 * the content the user asked for).
 */
export function Notice({
  title,
  tone = "neutral",
  alert = false,
  children,
}: {
  title: string;
  tone?: keyof typeof tones;
  alert?: boolean;
  children?: ReactNode;
}) {
  return (
    <section role={alert ? "alert" : undefined} className={`rounded-card border px-5 py-4 ${tones[tone]}`}>
      <h2 className={`text-sm font-semibold ${tone === "danger" ? "text-danger" : "text-ink"}`}>{title}</h2>
      <div className="mt-1.5 space-y-3 text-sm text-ink-muted">{children}</div>
    </section>
  );
}

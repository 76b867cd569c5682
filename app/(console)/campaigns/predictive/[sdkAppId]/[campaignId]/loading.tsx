import { useTranslations } from "next-intl";

const rows = Array.from({ length: 10 }, (_, index) => index);

/** Skeleton in the shape of a campaign's details (the list's skeleton would otherwise show here). */
export default function Loading() {
  const t = useTranslations("PredictiveDetail");
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div aria-hidden="true" className="space-y-6">
        <div className="space-y-2">
          <div className="h-4 w-40 motion-safe:animate-pulse rounded bg-line/70" />
          <div className="h-6 w-72 motion-safe:animate-pulse rounded bg-line" />
          <div className="h-4 w-56 motion-safe:animate-pulse rounded bg-line/70" />
        </div>
        <div className="space-y-4 rounded-card border border-line bg-surface px-5 py-5">
          {rows.map((row) => (
            <div key={row} className="flex gap-6">
              <div className="h-4 w-40 motion-safe:animate-pulse rounded bg-line/70" />
              <div className="h-4 w-64 motion-safe:animate-pulse rounded bg-line/50" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

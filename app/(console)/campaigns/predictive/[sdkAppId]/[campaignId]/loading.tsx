import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

const rows = Array.from({ length: 10 }, (_, index) => index);

/** Skeleton in the shape of a campaign's details (the list's skeleton would otherwise show here). */
export default function Loading() {
  const t = useTranslations("PredictiveDetail");
  const placeholder = (
    <div className="space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-6 w-72" />
        <Skeleton className="h-4 w-56" />
      </div>
      <div className="space-y-4 rounded-card border border-line bg-surface px-5 py-5">
        {rows.map((row) => (
          <div key={row} className="flex gap-6">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-4 w-64" />
          </div>
        ))}
      </div>
    </div>
  );
  return <LoadingRegion busy label={t("loading")} placeholder={placeholder} />;
}

import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

const rows = Array.from({ length: 8 }, (_, index) => index);

/** Skeleton in the shape of the list, so the page does not jump when CCC answers. */
export default function Loading() {
  const t = useTranslations("Loading");
  const placeholder = (
    <div className="space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-6 w-56" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <Skeleton className="h-8 w-72" />
      <div className="overflow-hidden rounded-card border border-line bg-surface">
        <div className="h-11 border-b border-line bg-canvas/60" />
        {rows.map((row) => (
          <div key={row} className="flex items-center gap-6 border-b border-line px-4 py-4 last:border-b-0">
            <Skeleton className="h-4 w-48" />
            <Skeleton className="h-4 w-16" />
            <Skeleton shape="pill" className="h-5 w-20" />
            <Skeleton shape="pill" className="h-1.5 flex-1" />
            <Skeleton className="h-4 w-12" />
          </div>
        ))}
      </div>
    </div>
  );
  return <LoadingRegion busy label={t("campaigns")} placeholder={placeholder} />;
}

import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** A quiet placeholder while the server asks CCC for live state; announced once to screen readers. */
export default function Loading() {
  const t = useTranslations("Loading");
  const placeholder = (
    <div className="space-y-4">
      <Skeleton className="h-6 w-56" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <Skeleton shape="card" className="h-40" />
    </div>
  );
  return <LoadingRegion busy label={t("campaigns")} placeholder={placeholder} className="space-y-6" />;
}

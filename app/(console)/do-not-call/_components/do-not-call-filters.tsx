import { useTranslations } from "next-intl";
import { AppSelectField } from "@/components/app-select-field";
import { Field, Input } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { DO_NOT_CALL_PATH, type DoNotCallParams, doNotCallHref } from "@/lib/do-not-call/page-params";

/** App and search on the kit's FilterBar (a GET form held in the URL). */
export function DoNotCallFilters({ params, apps }: { params: DoNotCallParams; apps: readonly number[] }) {
  const t = useTranslations("DoNotCall.filters");
  return (
    <FilterBar
      label={t("legend")}
      action={DO_NOT_CALL_PATH}
      applyLabel={t("apply")}
      clearLabel={t("clear")}
      clearHref={doNotCallHref({ sdkAppId: params.sdkAppId, search: "", page: 1 })}
      active={params.search !== ""}
    >
      <AppSelectField
        id="dnc-app"
        label={t("app")}
        optionLabel={(sdkAppId) => t("appOption", { sdkAppId })}
        apps={apps}
        value={params.sdkAppId}
      />
      <Field id="dnc-search" label={t("search")}>
        <Input name="q" type="search" inputMode="tel" autoComplete="off" defaultValue={params.search} />
      </Field>
    </FilterBar>
  );
}

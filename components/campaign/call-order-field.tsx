"use client";

import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/ui/field";

export type CallOrder = 0 | 1;

/** CCC's CallOrder, the same in every campaign form: 1 dials in list order, 0 at random. Its group's id is "callOrder". */
export function CallOrderField({
  value,
  onChange,
  onBlur,
  error,
  className,
}: {
  value: number | undefined;
  onChange: (order: CallOrder) => void;
  onBlur?: () => void;
  error?: string;
  className?: string;
}) {
  const t = useTranslations("CampaignFields");
  return (
    <RadioGroup<CallOrder>
      id="callOrder"
      name="callOrder"
      legend={t("callOrder")}
      value={value === 0 || value === 1 ? value : undefined}
      options={[
        { value: 1, label: t("callOrderInOrder") },
        { value: 0, label: t("callOrderRandom") },
      ]}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      className={className}
    />
  );
}

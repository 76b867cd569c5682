import { Field, Select } from "./ui/field";

/** The app choice of a list's filters (a GET form): one option per SdkAppId the user may see. */
export function AppSelectField({
  id,
  label,
  optionLabel,
  apps,
  value,
}: {
  id: string;
  label: string;
  /** "App 1400000001": the option's text for an app. */
  optionLabel: (sdkAppId: string) => string;
  apps: readonly number[];
  value: number;
}) {
  return (
    <Field id={id} label={label}>
      <Select name="app" defaultValue={String(value)}>
        {apps.map((sdkAppId) => (
          <option key={sdkAppId} value={sdkAppId}>
            {optionLabel(String(sdkAppId))}
          </option>
        ))}
      </Select>
    </Field>
  );
}

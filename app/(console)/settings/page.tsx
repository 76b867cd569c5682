import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { requireSessionUser } from "@/lib/auth/session";
import { MyTimeZoneForm } from "./_components/my-time-zone-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MySettings");
  return { title: t("title") };
}

/** The signed-in user's own settings, open to every role (admins change other people's on the users page). */
export default async function MySettingsPage() {
  const [user, t] = await Promise.all([requireSessionUser(), getTranslations("MySettings")]);
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("title")} description={t("description", { email: user.email })} />
      <MyTimeZoneForm timeZone={user.timeZone} />
    </div>
  );
}

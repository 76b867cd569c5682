import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/sign-out-action";
import { Button } from "./ui/button";

/** A plain form post, so signing out works before (or without) client JavaScript. */
export async function SignOutButton() {
  const t = await getTranslations("Header");
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="ghost" size="sm">
        {t("signOut")}
      </Button>
    </form>
  );
}

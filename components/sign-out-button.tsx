import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/sign-out-action";

/** A plain form post, so signing out works before (or without) client JavaScript. */
export async function SignOutButton() {
  const t = await getTranslations("Header");
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink-muted transition-colors hover:bg-canvas hover:text-ink"
      >
        {t("signOut")}
      </button>
    </form>
  );
}

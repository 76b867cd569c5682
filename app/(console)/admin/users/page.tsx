import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { PageHeading } from "@/components/page-heading";
import { can, visibleAppIds } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/auth/session";
import { cccConfig } from "@/lib/ccc/server";
import { getDb, listUsers } from "@/lib/db";
import { CreateUserForm } from "./_components/create-user-form";
import type { UserListItem } from "./_components/user-types";
import { UsersTable } from "./_components/users-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Users");
  return { title: t("title") };
}

function configuredAppIds(): readonly number[] {
  try {
    return cccConfig().sdkAppIds;
  } catch {
    return [];
  }
}

export default async function UsersPage() {
  const [user, t, tErrors] = await Promise.all([
    requireSessionUser(),
    getTranslations("Users"),
    getTranslations("Errors"),
  ]);
  if (!can(user.role, "users:manage")) {
    return (
      <Notice title={tErrors("noAccessTitle")} tone="danger" alert>
        <p>{t("forbidden")}</p>
      </Notice>
    );
  }
  const rows = await listUsers(await getDb());
  const users: UserListItem[] = rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    sdkAppIds: [...row.sdkAppIds],
    timeZone: row.timeZone,
    disabled: row.disabled,
  }));
  // An admin can grant only apps they have themselves (roles never widen app access: lib/auth/roles.ts).
  const appIds = visibleAppIds(user, configuredAppIds());

  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={t("description")} />
      <div className="overflow-hidden rounded-card border border-line bg-surface shadow-xs">
        <UsersTable users={users} selfId={user.id} appIds={appIds} />
      </div>
      <div className="rounded-card border border-line bg-surface px-5 py-5 shadow-xs">
        <CreateUserForm appIds={appIds} />
      </div>
    </div>
  );
}

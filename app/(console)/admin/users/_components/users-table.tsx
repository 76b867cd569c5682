"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import { UserRow } from "./user-row";
import type { UserListItem } from "./user-types";

export function UsersTable({
  users,
  selfId,
  appIds,
}: {
  users: readonly UserListItem[];
  selfId: string;
  appIds: readonly number[];
}) {
  const t = useTranslations("Users");
  const headers = (["name", "email", "role", "apps", "timeZone", "status", "actions"] as const).map((key) => ({
    key,
    label: t(`table.${key}`),
  }));
  return (
    <DataTable caption={t("table.caption")} headers={headers} minWidth="min-w-[64rem]">
      {users.map((user) => (
        <UserRow key={user.id} user={user} isSelf={user.id === selfId} appIds={appIds} />
      ))}
    </DataTable>
  );
}

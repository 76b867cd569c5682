"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { UserRow } from "./user-row";
import type { UserListItem } from "./user-types";

const th = "px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-ink-muted";

export function UsersTable({
  users,
  selfId,
  appIds,
  timeZones,
}: {
  users: readonly UserListItem[];
  selfId: string;
  appIds: readonly number[];
  timeZones: readonly string[];
}) {
  const t = useTranslations("Users");
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[64rem] border-collapse text-sm">
        <caption id={captionId} className="sr-only">
          {t("table.caption")}
        </caption>
        <thead className="border-b border-line bg-canvas/60">
          <tr>
            {(["name", "email", "role", "apps", "timeZone", "status", "actions"] as const).map((key) => (
              <th key={key} scope="col" className={th}>
                {t(`table.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {users.map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === selfId} appIds={appIds} timeZones={timeZones} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

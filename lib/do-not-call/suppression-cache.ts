/**
 * Each instance keeps every app's do-not-call list in memory (a PhoneSet) with the version it was loaded at. A check
 * reads the app's version (one indexed row) and reloads only when it moved, so a change made through any instance
 * sharing the database is seen by the next check everywhere, while an unchanged list of a million numbers costs one
 * small query. Concurrent checks of an outdated app share one reload.
 *
 * No `server-only` import: the benchmark and the database tests drive it directly with their own Db.
 */
import type { Db } from "@/lib/db/client";
import { doNotCallVersion, loadDoNotCallList } from "@/lib/db/do-not-call";
import { PhoneSet, type Suppression, suppressWith } from "./phone-set";

interface Cached {
  version: number;
  list: PhoneSet;
}

export class SuppressionCache {
  private readonly cached = new Map<number, Cached>();
  private readonly loading = new Map<number, Promise<Cached>>();

  /** The app's list as of now (reloaded when another change was committed since it was loaded). */
  async listFor(db: Db, sdkAppId: number): Promise<PhoneSet> {
    const version = await doNotCallVersion(db, sdkAppId);
    const held = this.cached.get(sdkAppId);
    if (held && held.version === version) return held.list;
    // Version 0: never changed, so certainly empty; no need to read the table.
    if (version === 0) return this.keep(sdkAppId, { version, list: PhoneSet.from([]) }).list;
    return (await this.reload(db, sdkAppId)).list;
  }

  /** Splits `callees` into kept and suppressed against the app's current list. */
  async suppress(db: Db, sdkAppId: number, callees: readonly string[]): Promise<Suppression> {
    return suppressWith(await this.listFor(db, sdkAppId), callees);
  }

  /** Drops what is held (tests and the benchmark's cold runs). */
  clear(): void {
    this.cached.clear();
  }

  private reload(db: Db, sdkAppId: number): Promise<Cached> {
    const running = this.loading.get(sdkAppId);
    if (running) return running;
    const load = loadDoNotCallList(db, sdkAppId)
      .then(({ version, phones }) => this.keep(sdkAppId, { version, list: PhoneSet.from(phones) }))
      .finally(() => this.loading.delete(sdkAppId));
    this.loading.set(sdkAppId, load);
    return load;
  }

  private keep(sdkAppId: number, next: Cached): Cached {
    const held = this.cached.get(sdkAppId);
    // A slower reload must not replace a newer copy another check already stored.
    if (!held || held.version <= next.version) this.cached.set(sdkAppId, next);
    return next;
  }
}

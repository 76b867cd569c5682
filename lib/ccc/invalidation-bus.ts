/**
 * Read-cache invalidation between console instances over PostgreSQL LISTEN/NOTIFY: a write on one instance tells
 * the others which scopes it touched (read-cache.ts), so a campaign saved or aborted anywhere is read fresh
 * everywhere, not after each instance's window runs out. NOTIFY is delivered only to sessions listening at the time,
 * so a lost listening connection may have missed some: the bus then says so (`onLost`, which drops every cached
 * answer) and listens again. Publishing never blocks or fails a write: at worst another instance serves an answer
 * until its window ends, which is what happens without a bus.
 * The same channel carries announced reads: "read this now, everyone will soon" (a campaign just created here, which
 * every instance's lists are about to show), so the other instances ask CCC before a viewer waits on it.
 */
import { randomUUID } from "node:crypto";
import { Client, type Pool } from "pg";
import type { AnnouncedRead, InvalidationBus } from "./read-cache";

export const INVALIDATION_CHANNEL = "ccc_read_cache";

interface Message {
  from: string;
  scopes: string[];
  /** Reads the other instances should make now (InvalidationBus.announce). */
  reads?: AnnouncedRead[];
}

export interface PostgresBusOptions {
  /** Where to listen: a dedicated connection (LISTEN holds it). */
  url: string;
  /** Where to publish: any pool (one short query per write). */
  pool: Pool;
  /** Delay before listening again after the connection was lost (ms); default 1,000. */
  reconnectMs?: number;
  onError?: (message: string) => void;
}

export interface PostgresBus extends InvalidationBus {
  announce(read: AnnouncedRead): void;
  /** Resolves once this instance is listening (tests; the console does not wait for it). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

function parse(payload: string | undefined): Message | undefined {
  try {
    const value = JSON.parse(payload ?? "") as Partial<Message>;
    if (typeof value.from !== "string" || !Array.isArray(value.scopes)) return undefined;
    const reads = Array.isArray(value.reads)
      ? value.reads.filter(
          (read): read is AnnouncedRead =>
            typeof read?.action === "string" && typeof read.request === "object" && read.request !== null,
        )
      : [];
    return { from: value.from, scopes: value.scopes.filter((s): s is string => typeof s === "string"), reads };
  } catch {
    return undefined;
  }
}

export function createPostgresBus(options: PostgresBusOptions): PostgresBus {
  const self = randomUUID();
  const reconnectMs = options.reconnectMs ?? 1_000;
  const report = options.onError ?? (() => undefined);
  let onScopes: (scopes: readonly string[]) => void = () => undefined;
  let onLost: () => void = () => undefined;
  let onReads: (reads: readonly AnnouncedRead[]) => void = () => undefined;
  let client: Client | undefined;
  let closed = false;
  let reconnecting = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  function notify(message: Message): void {
    options.pool
      .query("select pg_notify($1, $2)", [INVALIDATION_CHANNEL, JSON.stringify(message)])
      .catch((error: unknown) => report(`read-cache notice not published: ${String(error)}`));
  }

  async function listen(): Promise<void> {
    if (closed) return;
    const next = new Client({ connectionString: options.url });
    next.on("notification", (note) => {
      const message = parse(note.payload);
      if (!message || message.from === self) return;
      if (message.scopes.length > 0) onScopes(message.scopes);
      if (message.reads?.length) onReads(message.reads);
    });
    next.on("error", (error) => lost(next, error.message));
    next.on("end", () => lost(next, "connection ended"));
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${INVALIDATION_CHANNEL}`);
      // Answers cached while nobody was listening may predate a write published then.
      if (reconnecting) onLost();
      reconnecting = false;
      markReady();
    } catch (error) {
      lost(next, error instanceof Error ? error.message : String(error));
    }
  }

  function lost(which: Client, message: string): void {
    if (closed || client !== which) return;
    client = undefined;
    report(`read-cache invalidation listener lost: ${message}`);
    which.end().catch(() => undefined);
    // Whatever was published meanwhile is unknown: nothing cached before now can be trusted.
    onLost();
    reconnecting = true;
    timer = setTimeout(() => void listen(), reconnectMs);
    timer.unref?.();
  }

  return {
    ready,
    subscribe(scopesListener, lostListener, readsListener) {
      onScopes = scopesListener;
      onLost = lostListener;
      if (readsListener) onReads = readsListener;
      void listen();
    },
    publish(scopes) {
      notify({ from: self, scopes: [...scopes] });
    },
    announce(read) {
      notify({ from: self, scopes: [], reads: [read] });
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}

// Offline sync through the change feed (GET /api/v1/forums/{forum}/changes): page until the server has nothing
// more, and keep the forum in memory by applying upserts and tombstones. The server's side is described in the
// operation `list_forum_changes`; this file only pages and applies.
import type { QurultayClient } from "./index.js";
import { isCursorExpired, QurultayProblemError } from "./problems.js";
import type { components } from "./schema.js";

type Schemas = components["schemas"];
/** One item of the change feed (and of the live streams): an object as its GET shows it, or a tombstone. */
export type Change = Schemas["Change"];
export type ChangeKind = Schemas["ChangeKind"];

/** The object an upsert of each kind carries, in the field named after its kind. */
export interface ChangeObjects {
  forum: Schemas["Forum"];
  organization: Schemas["Organization"];
  person: Schemas["Person"];
  room: Schemas["RoomDetail"];
  session: Schemas["SessionDetail"];
  participant: Schemas["ParticipantDetail"];
  statement: Schemas["Statement"];
}

const KINDS: readonly ChangeKind[] = ["forum", "organization", "person", "room", "session", "participant", "statement"];
// The server's own ceiling on a page: fewer round trips on a first sync.
const MAX_PAGE = 500;

export interface SyncOptions {
  /** The `next` of the previous sync. Without it: a first sync, the whole forum as this caller may see it. */
  since?: string | null | undefined;
  /** Items per page, 1 to 500 (default 500). */
  limit?: number;
  /** The language of multilingual fields (`?lang=`); otherwise the client's Accept-Language, or the original. */
  lang?: string;
  signal?: AbortSignal;
}

export interface SyncResult {
  /** What changed, in the order to apply it, each object once (at its last change). */
  items: Change[];
  /** Where the next sync (or a live stream, as `since`) continues from. */
  next: string;
  /** True for a first sync: `items` is the forum as it is, so what a store held before is to be dropped. */
  snapshot: boolean;
  /** How many requests it took. */
  pages: number;
}

/**
 * Every change of a forum after `since` (or, without it, the forum as it is), paging until `has_more` is false.
 * Throws a `QurultayProblemError` for an error answer: `isCursorExpired(error)` (410) means the cursor is older
 * than the server keeps, and the client should sync again without `since` (`ForumStore.sync` does that).
 */
export async function syncForum(api: QurultayClient, forum: string, options: SyncOptions = {}): Promise<SyncResult> {
  const latest = new Map<string, Change>();
  let since = options.since ?? undefined;
  let snapshot: boolean | undefined;
  let pages = 0;
  for (;;) {
    const query = {
      limit: options.limit ?? MAX_PAGE,
      ...(since ? { since } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
    };
    const { data, error, response } = await api.GET("/api/v1/forums/{forum}/changes", {
      params: { path: { forum }, query },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (data === undefined) throw new QurultayProblemError(response.status, error, "list_forum_changes");
    pages += 1;
    snapshot ??= data.snapshot;
    for (const item of data.items) {
      // A page lists an object once, but it can come back on a later page: keep its last change, moved there.
      const key = `${item.kind}:${item.id}`;
      latest.delete(key);
      latest.set(key, item);
    }
    since = data.next;
    if (!data.has_more) return { items: [...latest.values()], next: data.next, snapshot, pages };
  }
}

type Collections = { [K in ChangeKind]: Map<string, ChangeObjects[K]> };

/**
 * One forum held in memory, kept up to date from the change feed and the live streams.
 *
 * An upsert replaces the object of its kind and id. A tombstone removes it, and what the client can no longer
 * reach through it: a forum's tombstone empties the store (the forum left this caller's view; the server sends
 * upserts again if it comes back), a session's removes its participants and statements. The server also sends a
 * tombstone for each of those when their visibility changes with the session's, so this only keeps a store
 * right that applies items one at a time. People and organizations are shared between sessions and forums:
 * they go only with their own tombstone.
 */
export class ForumStore {
  /** Where the next sync continues from; undefined until the first sync. */
  cursor: string | undefined;
  private readonly collections: Collections = emptyCollections();

  /** @param forum the forum's id or slug */
  constructor(readonly forum: string) {}

  get<K extends ChangeKind>(kind: K, id: string): ChangeObjects[K] | undefined {
    return this.collections[kind].get(id);
  }

  /** Every object of a kind, in the order it first arrived. */
  all<K extends ChangeKind>(kind: K): ChangeObjects[K][] {
    return [...this.collections[kind].values()];
  }

  /** How many objects it holds, of every kind. */
  get size(): number {
    return KINDS.reduce((total, kind) => total + this.collections[kind].size, 0);
  }

  /**
   * Syncs from `cursor` and applies what changed. A first sync, or one whose cursor has expired (410), lists
   * the whole forum again and replaces what the store held.
   */
  async sync(api: QurultayClient, options: Omit<SyncOptions, "since"> = {}): Promise<SyncResult> {
    let result: SyncResult;
    try {
      result = await syncForum(api, this.forum, { ...options, since: this.cursor });
    } catch (error) {
      if (!isCursorExpired(error)) throw error;
      result = await syncForum(api, this.forum, options);
    }
    this.apply(result);
    return result;
  }

  /** Applies a sync's items (a snapshot replaces everything) and moves the cursor to its `next`. */
  apply(result: SyncResult): void {
    if (result.snapshot) this.clear();
    for (const change of result.items) this.applyChange(change);
    this.cursor = result.next;
  }

  /**
   * Applies one item, e.g. from a live stream, and moves the cursor past it. Start the stream from this store's
   * `cursor` (`since`), so that nothing between the last sync and the stream is missed.
   */
  applyChange(change: Change): void {
    const { kind, id } = change;
    if (change.change === "upsert") {
      const object = change[kind];
      // Widened on purpose: the Change type does not tie `kind` to which field is set.
      if (object) (this.collections[kind] as Map<string, unknown>).set(id, object);
    } else {
      this.collections[kind].delete(id);
      if (kind === "forum") this.clearObjects();
      if (kind === "session") this.removeUnder(id);
    }
    this.cursor = change.cursor;
  }

  /** Forgets everything, the cursor too: the next sync is a first sync. */
  clear(): void {
    this.clearObjects();
    this.cursor = undefined;
  }

  private clearObjects(): void {
    for (const kind of KINDS) this.collections[kind].clear();
  }

  private removeUnder(sessionId: string): void {
    for (const [id, participant] of this.collections.participant) {
      if (participant.session_id === sessionId) this.collections.participant.delete(id);
    }
    for (const [id, statement] of this.collections.statement) {
      if (statement.session_id === sessionId) this.collections.statement.delete(id);
    }
  }
}

function emptyCollections(): Collections {
  return {
    forum: new Map(),
    organization: new Map(),
    person: new Map(),
    room: new Map(),
    session: new Map(),
    participant: new Map(),
    statement: new Map(),
  };
}

// The mobile app's offline sync and live panel through the TypeScript client's helpers (ForumStore, syncForum,
// followSession, followForum), against two real server processes on one database (test_sync_journey.py starts
// them and passes QURULTAY_APP_URL, QURULTAY_ORGANIZER_URL and the ids). The app reads from one process, the
// organizer writes through the other, so every live item crosses processes through PostgreSQL.
// Prints one JSON line: what the Python test asserts on, with the measured delivery latency.
import net from "node:net";
import {
  bearerAuth,
  createQurultayClient,
  followForum,
  followSession,
  ForumStore,
  type Change,
  type QurultayClient,
  type StreamState,
} from "../../openapi/typescript/src/index.js";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function ok<T>(step: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined && !result.response.ok) {
    throw new Error(`${step}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data as T;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected ${what}`);
}

function summary(items: Change[]): string[] {
  return items.map((item) => `${item.kind} ${item.id} ${item.change} ${item.reason}`).sort();
}

// Generous: the machine is shared. What it took is printed and reported, not asserted here.
const DELIVERY_MS = 10_000;

async function next(stream: AsyncGenerator<Change>, what: string): Promise<Change> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${DELIVERY_MS} ms`)), DELIVERY_MS);
  });
  try {
    const result = await Promise.race([stream.next(), late]);
    if (result.done) throw new Error(`the stream ended before ${what}`);
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

/** Records a stream's states, and resolves `opened()` at its next "open". */
class States {
  readonly seen: StreamState[] = [];
  private waiting: (() => void) | undefined;
  readonly onState = (state: StreamState): void => {
    this.seen.push(state);
    if (state.type === "open") this.waiting?.();
  };
  opened(): Promise<void> {
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

/** A TCP relay to the app's server that can cut every connection, as a lost Wi-Fi would; it keeps the request
 * head of each connection, to show what the client sent when it came back. */
async function relay(target: URL): Promise<{ url: string; cut: () => void; requests: string[]; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const requests: string[] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    let head = "";
    client.on("data", (chunk) => {
      if (!head.includes("\r\n\r\n")) {
        head += chunk.toString("latin1");
        if (head.includes("\r\n\r\n")) requests.push(head.split("\r\n\r\n")[0] ?? "");
      }
    });
    client.pipe(upstream).pipe(client);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cut: () => sockets.forEach((socket) => socket.destroy()),
    requests,
    close: () => server.close(),
  };
}

const forumId = env("QURULTAY_FORUM_ID");
const editedId = env("QURULTAY_SESSION_ID");
const spareId = env("QURULTAY_SPARE_SESSION_ID");
const hiddenId = env("QURULTAY_HIDDEN_SESSION_ID");
const retractedId = env("QURULTAY_PUBLISHED_STATEMENT_ID");
const drafts = env("QURULTAY_DRAFT_STATEMENT_IDS").split(",");
const appUrl = env("QURULTAY_APP_URL");

// The attendee's app, anonymous, reading from one process; the organizer writing through the other.
const app = createQurultayClient({ baseUrl: appUrl });
const organizer = createQurultayClient({ baseUrl: env("QURULTAY_ORGANIZER_URL") });
let token: string | undefined;
organizer.use(bearerAuth(() => token));
const tokens = ok("log_in", await organizer.POST("/api/v1/auth/login", {
  body: { email: env("QURULTAY_ORGANIZER_EMAIL"), password: env("QURULTAY_ORGANIZER_PASSWORD") },
}));
token = tokens.access_token;

async function publish(client: QurultayClient, statementId: string): Promise<void> {
  ok("publish_statement", await client.POST("/api/v1/statements/{statement_id}/publish", {
    params: { path: { statement_id: statementId } },
  }));
}

async function patchSession(sessionId: string, body: { title?: { [lang: string]: string }; status?: "published" }) {
  const current = await organizer.GET("/api/v1/sessions/{session_id}", { params: { path: { session_id: sessionId } } });
  const etag = current.response.headers.get("ETag");
  check(etag !== null, "an ETag on the session");
  return ok("update_session", await organizer.PATCH("/api/v1/sessions/{session_id}", {
    params: { path: { session_id: sessionId }, header: { "if-match": etag ?? "" } },
    body,
  }));
}

// 1. First sync: the public forum, paged (a small page, so the helper has to follow `next`).
const store = new ForumStore(forumId);
const first = await store.sync(app, { limit: 2, lang: "en" });
check(first.snapshot && first.pages > 1, `a paged snapshot, got ${first.pages} page(s)`);
check(store.get("forum", forumId) !== undefined, "the forum in the store");
check(store.get("session", editedId) !== undefined && store.get("session", spareId) !== undefined, "both sessions");
check(store.get("statement", retractedId)?.status === "published", "the published statement");
check(drafts.every((id) => store.get("statement", id) === undefined), "no draft statement");
check(store.get("session", hiddenId) === undefined, "no draft session");

// 2. The organizer edits one session, deletes the other (nobody is on it) and retracts a statement.
await patchSession(editedId, { title: { en: "Civil society and the digital agenda" } });
ok("delete_session", await organizer.DELETE("/api/v1/sessions/{session_id}", {
  params: { path: { session_id: spareId } },
}));
ok("retract_statement", await organizer.POST("/api/v1/statements/{statement_id}/retract", {
  params: { path: { statement_id: retractedId } },
  body: { reason: "misquoted" },
}));

// 3. The next sync gives exactly those three.
const incremental = await store.sync(app, { lang: "en" });
check(!incremental.snapshot, "an incremental sync");
const expected = [
  `session ${editedId} upsert updated`,
  `session ${spareId} tombstone deleted`,
  `statement ${retractedId} upsert retracted`,
].sort();
check(
  JSON.stringify(summary(incremental.items)) === JSON.stringify(expected),
  `exactly the three changes, got ${JSON.stringify(summary(incremental.items))}`,
);
check(store.get("session", editedId)?.title.text === "Civil society and the digital agenda", "the new title");
check(store.get("session", spareId) === undefined, "the deleted session gone from the store");
check(store.get("statement", retractedId)?.status === "retracted", "the statement marked retracted");

// 4. The panel, live: a statement published through the organizer's process reaches the app's stream.
const panel = new States();
const controller = new AbortController();
const opened = panel.opened();
const live = followSession(app, editedId, { since: store.cursor, lang: "en", signal: controller.signal, onState: panel.onState });
const firstItem = next(live, "the published statement");
await opened;
const publishedAt = performance.now();
await publish(organizer, drafts[0] ?? "");
const delivered = await firstItem;
const latencyMs = performance.now() - publishedAt;
check(delivered.kind === "statement" && delivered.id === drafts[0], "the published statement on the stream");
check(delivered.change === "upsert" && delivered.statement?.status === "published", "it published");
store.applyChange(delivered);
controller.abort();
check((await live.next()).done === true, "the stream to end when aborted");

// 5. Too slow: the server (QURULTAY_LIVE_QUEUE_SIZE=1) drops a client that is offered more than one item at
// once; publishing the draft session offers it the session, its speaker and its statement together. The
// helper reconnects with Last-Event-ID and gets all of them from the log.
const forumStates = new States();
const forumStream = followForum(app, forumId, { since: store.cursor, retryDelayMs: 100, onState: forumStates.onState });
const forumOpened = forumStates.opened();
const firstForumItem = next(forumStream, "the published session");
await forumOpened;
// The server subscribes the stream and reads the log's backlog once the headers are out: let it finish, so the
// three items reach it through its (one-item) queue rather than with the backlog.
await new Promise((resolve) => setTimeout(resolve, 300));
await patchSession(hiddenId, { status: "published" });
const afterDrop = [await firstForumItem];
while (!afterDrop.some((item) => item.kind === "statement")) afterDrop.push(await next(forumStream, "its statement"));
await forumStream.return(undefined);
check(forumStates.seen.some((state) => state.type === "dropped"), "the slow client dropped by the server");
check(
  ["session", "participant", "statement"].every((kind) => afterDrop.some((item) => item.kind === kind)),
  `the session, its speaker and its statement after the drop, got ${JSON.stringify(summary(afterDrop))}`,
);
check(afterDrop.find((item) => item.kind === "session")?.id === hiddenId, "the session that was published");

// The store's own rule, on items applied one at a time: a session's tombstone takes what is under it along.
for (const item of afterDrop) store.applyChange(item);
const under = (sessionId: string): number =>
  store.all("participant").filter((item) => item.session_id === sessionId).length +
  store.all("statement").filter((item) => item.session_id === sessionId).length;
check(under(hiddenId) === 2, `the published session's speaker and statement in the store, got ${under(hiddenId)}`);
const cursor = store.cursor ?? "";
store.applyChange({ kind: "session", id: hiddenId, change: "tombstone", reason: "unpublished", cursor });
check(store.get("session", hiddenId) === undefined && under(hiddenId) === 0, "the session and what is under it gone");
check(under(editedId) > 0, "the other session's statements kept");

// 6. The network goes away mid-stream: the helper reconnects with Last-Event-ID and misses nothing.
const wifi = await relay(new URL(appUrl));
const viaWifi = createQurultayClient({ baseUrl: wifi.url });
const cutStates = new States();
const cutOpened = cutStates.opened();
const cutStream = followSession(viaWifi, editedId, {
  since: store.cursor,
  retryDelayMs: 200,
  onState: cutStates.onState,
});
const beforeCut = next(cutStream, "the statement before the cut");
await cutOpened;
await publish(organizer, drafts[1] ?? "");
const seenBeforeCut = await beforeCut;
check(seenBeforeCut.id === drafts[1], "the statement before the cut");
wifi.cut();
await publish(organizer, drafts[2] ?? ""); // while the app is away
const seenAfterCut = await next(cutStream, "the statement published while cut off");
await cutStream.return(undefined);
wifi.close();
check(seenAfterCut.id === drafts[2], `the statement published while cut off, got ${seenAfterCut.id}`);
const reconnecting = cutStates.seen.find((state) => state.type === "reconnecting");
check(reconnecting !== undefined && "error" in reconnecting, "a reconnection after a network error");
const resumed = wifi.requests.at(-1)?.toLowerCase() ?? "";
check(wifi.requests.length >= 2, `a second connection, got ${wifi.requests.length}`);
check(resumed.includes(`last-event-id: ${seenBeforeCut.cursor.toLowerCase()}`), `Last-Event-ID sent: ${resumed}`);

console.log(JSON.stringify({
  journey: "sync",
  snapshot_items: first.items.length,
  snapshot_pages: first.pages,
  incremental: summary(incremental.items),
  latency_ms: Math.round(latencyMs),
  dropped_then_resumed: afterDrop.length,
  reconnections: wifi.requests.length - 1,
}));

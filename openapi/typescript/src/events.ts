// Live updates: the server-sent event streams GET /api/v1/forums/{forum}/events and
// GET /api/v1/sessions/{session_id}/live as async iterators of typed changes, on fetch (Node 20 and browsers),
// through the client so its middleware (bearerAuth, apiKeyAuth) applies. EventSource cannot send an
// Authorization header, so it is not used; eventsource-parser does the parsing of the wire format.
import { createParser, type EventSourceMessage } from "eventsource-parser";
import type { QurultayClient } from "./index.js";
import { QurultayProblemError } from "./problems.js";
import type { Change } from "./sync.js";

export interface FollowOptions {
  /**
   * Where to start: a sync's `next` (`ForumStore.cursor`) or a change's `cursor`. Everything after it is sent
   * first, from the server's log, then what happens live. Without it the stream starts when it connects (and a
   * reconnection before its first change starts anew: pass a cursor when nothing may be missed).
   */
  since?: string | null | undefined;
  /** The language of multilingual fields (`?lang=`). */
  lang?: string;
  /** Ends the stream: the iteration then finishes without an error. */
  signal?: AbortSignal;
  /** The first wait before reconnecting, in ms (default: the server's `retry:`, else 1000); doubles per failed try. */
  retryDelayMs?: number;
  /** The longest wait between tries, in ms (default 30000). */
  maxRetryDelayMs?: number;
  /** Told when the stream connects, is dropped for being too slow, and before it reconnects. */
  onState?: (state: StreamState) => void;
}

export type StreamState =
  | { type: "open" }
  // The client fell too far behind and the server let it go: it reconnects from its last change.
  | { type: "dropped" }
  | { type: "reconnecting"; delayMs: number; error?: unknown };

const DEFAULT_RETRY_MS = 1000;
const DEFAULT_MAX_RETRY_MS = 30_000;

/** A forum's changes as they are committed: the change feed's items, live. */
export function followForum(api: QurultayClient, forum: string, options: FollowOptions = {}): AsyncGenerator<Change> {
  return follow("stream_forum_changes", options, (lastEventId, signal) =>
    api.GET("/api/v1/forums/{forum}/events", {
      params: { path: { forum }, query: query(options), header: header(lastEventId) },
      headers: { Accept: "text/event-stream" },
      parseAs: "stream",
      signal,
    }),
  );
}

/** A session's statements as they are published, corrected or retracted: the panel, live. */
export function followSession(
  api: QurultayClient,
  sessionId: string,
  options: FollowOptions = {},
): AsyncGenerator<Change> {
  return follow("stream_session_statements", options, (lastEventId, signal) =>
    api.GET("/api/v1/sessions/{session_id}/live", {
      params: { path: { session_id: sessionId }, query: query(options), header: header(lastEventId) },
      headers: { Accept: "text/event-stream" },
      parseAs: "stream",
      signal,
    }),
  );
}

function query(options: FollowOptions): { since?: string; lang?: string } {
  return { ...(options.since ? { since: options.since } : {}), ...(options.lang ? { lang: options.lang } : {}) };
}

// The server resumes from Last-Event-ID when both it and `since` are sent: `since` stays the first start.
function header(lastEventId: string | undefined): { "Last-Event-ID"?: string } {
  return lastEventId ? { "Last-Event-ID": lastEventId } : {};
}

interface Answer {
  data?: ReadableStream<Uint8Array> | null;
  error?: unknown;
  response: Response;
}

type Connect = (lastEventId: string | undefined, signal: AbortSignal) => Promise<Answer>;

/** Why one connection ended, when it did not throw. */
type Ending = "dropped" | "closed";

async function* follow(operation: string, options: FollowOptions, connect: Connect): AsyncGenerator<Change> {
  const outer = options.signal;
  let lastEventId: string | undefined;
  let serverRetry: number | undefined;
  let failures = 0;
  while (!outer?.aborted) {
    const connection = new AbortController();
    const abort = (): void => connection.abort(outer?.reason);
    outer?.addEventListener("abort", abort, { once: true });
    let error: unknown;
    let retryAfter = 0;
    try {
      const answer = await connect(lastEventId, connection.signal);
      const { status } = answer.response;
      if (answer.response.ok) {
        options.onState?.({ type: "open" });
        const heard = { anything: false };
        const events = answer.data ? read(answer.data, heard, (ms) => (serverRetry = ms)) : [];
        let ending: Ending = "closed";
        for await (const message of events) {
          if (message.id !== undefined) lastEventId = message.id;
          if (message.event === "change") yield JSON.parse(message.data) as Change;
          if (message.event === "dropped") {
            ending = "dropped";
            break;
          }
        }
        // A connection that carried anything was healthy: the next failure starts the backoff anew.
        if (heard.anything) failures = 0;
        if (ending === "dropped") options.onState?.({ type: "dropped" });
      } else if (status === 429 || status >= 500) {
        retryAfter = Number(answer.response.headers.get("Retry-After") ?? 0) * 1000 || 0;
        error = new QurultayProblemError(status, answer.error, operation);
      } else {
        // A bad cursor (400), an expired one (410: sync again), an object gone (404), credentials refused.
        throw new QurultayProblemError(status, answer.error, operation);
      }
    } catch (caught) {
      if (outer?.aborted) return;
      if (caught instanceof QurultayProblemError) throw caught;
      error = caught; // the network: the connection failed or broke off
    } finally {
      outer?.removeEventListener("abort", abort);
      connection.abort(); // closes the response body, whichever way this connection ended
    }
    const base = options.retryDelayMs ?? serverRetry ?? DEFAULT_RETRY_MS;
    const backoff = Math.min(options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_MS, base * 2 ** failures);
    // Jitter, so that the clients a restarted server let go do not all come back in the same instant.
    const delayMs = Math.max(retryAfter, Math.round(backoff * (0.5 + Math.random() / 2)));
    failures += 1;
    options.onState?.({ type: "reconnecting", delayMs, ...(error === undefined ? {} : { error }) });
    await sleep(delayMs, outer);
  }
}

/** The messages of one response body; `heard` is set on any event or heartbeat comment. */
async function* read(
  body: ReadableStream<Uint8Array>,
  heard: { anything: boolean },
  onRetry: (ms: number) => void,
): AsyncGenerator<EventSourceMessage> {
  const messages: EventSourceMessage[] = [];
  const parser = createParser({
    onEvent: (message) => messages.push(message),
    onComment: () => (heard.anything = true),
    onRetry,
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
      while (messages.length > 0) {
        heard.anything = true;
        yield messages.shift() as EventSourceMessage;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined); // the consumer stopped early: close the connection now
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

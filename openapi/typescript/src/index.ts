// The entry point of @qurultay/client. Hand-written and small on purpose: the types come from schema.ts, which
// openapi-typescript generates from openapi/openapi.json (`make clients`); never edit schema.ts by hand.
import createClient, { type ClientOptions, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };
/** The wire types, by schema name: `Schemas["ForumDetail"]`. */
export type Schemas = components["schemas"];
export type QurultayClient = ReturnType<typeof createClient<paths>>;

/** A client for the Qurultay API at `baseUrl` (the server root, e.g. `https://api.example.org`). */
export function createQurultayClient(options: ClientOptions & { baseUrl: string }): QurultayClient {
  return createClient<paths>(options);
}

/** Sends `Authorization: Bearer <token>` on every request; `token()` is asked each time, so it may refresh. */
export function bearerAuth(token: () => string | undefined): Middleware {
  return {
    onRequest({ request }) {
      const value = token();
      if (value) request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}

/** Sends a partner organization's `X-API-Key` on every request. */
export function apiKeyAuth(key: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("X-API-Key", key);
      return request;
    },
  };
}

export { QurultayProblemError, isCursorExpired, type Problem } from "./problems.js";
export {
  ForumStore,
  syncForum,
  type Change,
  type ChangeKind,
  type ChangeObjects,
  type SyncOptions,
  type SyncResult,
} from "./sync.js";
export { followForum, followSession, type FollowOptions, type StreamState } from "./events.js";

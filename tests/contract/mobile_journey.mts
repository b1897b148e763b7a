// The mobile app's journey through the generated TypeScript client, against a running server (started by
// test_mobile_journey.py, which passes QURULTAY_BASE_URL, QURULTAY_FORUM_ID and QURULTAY_SESSION_ID): sign up,
// log in, browse the forum's agenda, register for a seat-limited session, fetch the ticket, cancel.
// Compiled with tsc --strict together with the client, so a spec change that breaks the app breaks this build.
import { bearerAuth, createQurultayClient } from "../../openapi/typescript/src/index.js";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function ok<T>(step: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`${step}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected ${what}`);
}

const forumId = env("QURULTAY_FORUM_ID");
const sessionId = env("QURULTAY_SESSION_ID");
const api = createQurultayClient({ baseUrl: env("QURULTAY_BASE_URL") });
let accessToken: string | undefined;
api.use(bearerAuth(() => accessToken));

const email = `madina-${Date.now()}@example.org`;
const password = "a sturdy pass phrase 2026";
const signedUp = ok("sign_up", await api.POST("/api/v1/auth/signup", {
  body: { email, password, full_name: "Madina Nurlanovna" },
}));
check(signedUp.token_type.toLowerCase() === "bearer", "a bearer token from sign_up");

const tokens = ok("log_in", await api.POST("/api/v1/auth/login", { body: { email, password } }));
accessToken = tokens.access_token;
const me = ok("get_me", await api.GET("/api/v1/me"));
check(me.email === email, "get_me to be the new account");

const agenda = ok("list_forum_sessions", await api.GET("/api/v1/forums/{forum_id}/sessions", {
  params: { path: { forum_id: forumId }, query: { limit: 50 } },
}));
const session = agenda.items.find((item) => item.id === sessionId);
check(session !== undefined, "the seat-limited session on the agenda");

const registration = ok("register_for_session", await api.POST("/api/v1/sessions/{session_id}/registrations", {
  params: { path: { session_id: sessionId }, header: { "idempotency-key": `mobile-${email}` } },
  body: { category: "participant" },
}));
check(registration.status === "confirmed", `a confirmed seat, got ${registration.status}`);
check(registration.session_id === sessionId, "the registration to be for the session");

const ticket = ok("get_ticket", await api.GET("/api/v1/registrations/{registration_id}/ticket", {
  params: { path: { registration_id: registration.id } },
}));
check(ticket.registration_id === registration.id && ticket.ticket_code.length >= 20, "a ticket with its code");

const mine = ok("list_my_registrations", await api.GET("/api/v1/me/registrations"));
check(mine.items.some((item) => item.id === registration.id), "the registration among mine");

const cancelled = ok("cancel_registration", await api.POST("/api/v1/registrations/{registration_id}/cancel", {
  params: { path: { registration_id: registration.id } },
}));
check(cancelled.registration.status === "cancelled", "the registration cancelled");

const again = ok("get_registration", await api.GET("/api/v1/registrations/{registration_id}", {
  params: { path: { registration_id: registration.id } },
}));
check(again.status === "cancelled", "the cancellation to stick");

console.log(JSON.stringify({ journey: "mobile", registration: registration.id, status: again.status }));

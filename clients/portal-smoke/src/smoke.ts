// A portal's first calls against a running tierdesk, typed from the contract (openapi-typescript + openapi-fetch).
// Environment: TIERDESK_URL (e.g. http://127.0.0.1:8080), TOKEN_MAKER, TOKEN_HELPDESK (bearer tokens).
import createClient from "openapi-fetch";
import type { components, paths } from "./api.js";

type Problem = components["schemas"]["Problem"];
type Event = components["schemas"]["Event"];

/** What a connector does with a delivery: `type` narrows the body, so `data` is typed without a cast. */
function recordOf(event: Event): string {
  switch (event.type) {
    case "sla.warning":
    case "sla.breached":
      return `${event.type} ${event.data.metric} of ticket ${event.data.ticket_id}`;
    case "ticket.created":
    case "ticket.updated":
    case "ticket.escalated":
      return `${event.type} ticket ${event.data.id} at version ${event.data.version}`;
    case "page.triggered":
      return `page ${event.data.page_id} for ticket ${event.data.ticket_id}`;
    default:
      return event.type;
  }
}

function need(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`set ${name}`);
  }
  return value;
}

function check(what: string, ok: boolean, detail: unknown = ""): void {
  if (!ok) {
    throw new Error(`FAIL: ${what} ${JSON.stringify(detail)}`);
  }
  console.log(`ok: ${what}`);
}

const baseUrl = need("TIERDESK_URL") + "/api/v1";
const as = (token: string) => createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
const maker = as(need("TOKEN_MAKER"));
const helpdesk = as(need("TOKEN_HELPDESK"));

const tiers = await maker.GET("/tiers");
check("tiers are listed", tiers.response.status === 200 && (tiers.data?.items.length ?? 0) === 3, tiers.error);

const registered = await maker.POST("/solutions", {
  body: { name: `Portal smoke ${Date.now()}`, kind: "CANVAS_APP" },
  params: { header: { "Idempotency-Key": crypto.randomUUID() } },
});
const solution = registered.data;
check("a solution is registered", registered.response.status === 201 && solution !== undefined, registered.error);
if (!solution) throw new Error("unreachable");

const form = await maker.GET("/intake-forms/{solution_id}", { params: { path: { solution_id: solution.id } } });
const etag = form.response.headers.get("ETag");
check("the intake form carries an ETag", form.response.status === 200 && etag !== null, form.error);
const again = await maker.GET("/intake-forms/{solution_id}", {
  params: { path: { solution_id: solution.id }, header: { "If-None-Match": etag ?? "" } },
});
check("an unchanged intake form is 304", again.response.status === 304);

async function raise(title: string): Promise<components["schemas"]["Ticket"]> {
  const raised = await maker.POST("/tickets", {
    body: { solution_id: solution!.id, category: "HOW_TO", title },
    params: { header: { "Idempotency-Key": crypto.randomUUID() } },
  });
  if (raised.response.status !== 201 || !raised.data) {
    throw new Error(`FAIL: raise a ticket ${JSON.stringify(raised.error)}`);
  }
  return raised.data;
}
const first = await raise("How do I share my app?");
await raise("How do I add a data source?");
check("tickets are raised", first.status === "NEW");

const delivery: Event = { type: "ticket.created", timestamp: first.created_at, data: first };
check("a delivery narrows on its type", recordOf(delivery) === `ticket.created ticket ${first.id} at version ${first.version}`);

const sla = await helpdesk.GET("/tickets/{ticket_id}/sla", { params: { path: { ticket_id: first.id } } });
check(
  "the ticket's SLA report is read",
  sla.response.status === 200 && sla.data?.ticket_id === first.id && Array.isArray(sla.data.clocks),
  sla.error ?? sla.data,
);
const clocks = sla.data?.clocks ?? [];
console.log(
  clocks.length === 0
    ? "   no clocks: no SLA policy covers this tier and priority (best effort)"
    : `   ${clocks.map((clock) => `${clock.metric} due ${clock.due_at ?? "(paused)"}`).join(", ")}`,
);

const page1 = await maker.GET("/tickets", { params: { query: { solution_id: solution.id, limit: 1 } } });
const cursor = page1.data?.next_cursor;
check("the first page has one ticket and a cursor", page1.data?.items.length === 1 && typeof cursor === "string");
const page2 = await maker.GET("/tickets", {
  params: { query: { solution_id: solution.id, limit: 1, cursor: cursor ?? undefined } },
});
check(
  "the cursor leads to the other ticket",
  page2.data?.items.length === 1 && page2.data.items[0]?.id !== page1.data?.items[0]?.id,
);

const refused = await maker.POST("/tickets", {
  body: { solution_id: crypto.randomUUID(), category: "HOW_TO", title: "About a solution that does not exist" },
});
const problem: Problem | undefined = refused.error;
check(
  "a refusal is a typed problem",
  refused.response.status === 422 &&
    refused.response.headers.get("Content-Type")?.startsWith("application/problem+json") === true &&
    problem?.type === "/problems/unknown-solution" &&
    problem.status === 422,
  problem,
);

console.log("portal smoke: passed");

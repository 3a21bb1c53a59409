/** The account: sub-orgs, the org, users, outbound emails, and API key rotation. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { MOCK_API_KEY, type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { type CallOptions, call } from "./mock-client.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const api = (method: string, path: string, options?: CallOptions) => call(server.url, method, path, options);

describe("sub-orgs", () => {
  test("are created from the primary org only, with names unique in the account", async () => {
    const created = await api("POST", "/v1/sub_orgs/", {
      body: { name: "Acme Robotics Guadalajara", metadata: { erp: "20" } },
    });
    expect(created.body).toMatchObject({ parent: SEED_IDS.org, sandbox: false, metadata: { erp: "20" } });
    expect((await api("POST", "/v1/sub_orgs/", { body: { name: "Acme Robotics Guadalajara" } })).status).toBe(400);
    const fromSubOrg = await api("POST", "/v1/sub_orgs/", {
      body: { name: "Nested" },
      headers: { "x-org-id": SEED_IDS.plantOrg },
    });
    expect(fromSubOrg.status).toBe(403);
    const list = await api("GET", "/v1/sub_orgs/");
    expect(list.body.results.map((org: { name: string }) => org.name)).toEqual([
      "Acme Robotics Sandbox",
      "Acme Robotics Austin Plant",
      "Acme Robotics Guadalajara",
    ]);
    // A new sub-org is reachable with the account's key at once.
    expect((await api("GET", "/v1/org/", { headers: { "x-org-id": created.body.id } })).body.name).toBe(
      "Acme Robotics Guadalajara",
    );
  });

  test("updates keep what they do not send; the primary org is not a sub-org", async () => {
    const path = `/v1/sub_orgs/${SEED_IDS.plantOrg}/`;
    expect((await api("PATCH", path, { body: { metadata: { site: "AUS" } } })).body).toMatchObject({
      name: "Acme Robotics Austin Plant",
      metadata: { site: "AUS" },
    });
    expect((await api("PATCH", path, { body: { name: "Acme Robotics Sandbox" } })).status).toBe(400);
    expect((await api("GET", `/v1/sub_orgs/${SEED_IDS.org}/`)).status).toBe(404);
    expect((await api("GET", `/v1/sub_orgs/?org_id=${SEED_IDS.sandboxOrg}`)).body.results[0]).toMatchObject({
      sandbox: true,
    });
  });
});

describe("users", () => {
  test("are the acting org's, by email, with an is_active filter", async () => {
    const all = await api("GET", "/v1/users/");
    expect(all.body.results.map((user: { email: string }) => user.email)).toEqual([
      "dev.patel@acme-robotics.example",
      "lee.chen@acme-robotics.example",
      "maria.lopez@acme-robotics.example",
      "sam.okafor@acme-robotics.example",
    ]);
    expect(
      (await api("GET", "/v1/users/?is_active=false")).body.results.map((user: { id: string }) => user.id),
    ).toEqual([SEED_IDS.userLee]);
    expect((await api("GET", `/v1/users/${SEED_IDS.userAna}/`)).status).toBe(404);
    expect(
      (await api("GET", `/v1/users/${SEED_IDS.userAna}/`, { headers: { "x-org-id": SEED_IDS.plantOrg } })).body.role,
    ).toBe("editor");
  });
});

describe("outbound emails", () => {
  test("start pending; marking sent records the delivery once, and a retry changes nothing", async () => {
    const email = await api("POST", "/v1/outbound_emails/", {
      body: { to: ["quotes@arrowline-components.example"], subject: "RFQ 2026-118", text_body: "Please quote." },
    });
    expect(email.body).toMatchObject({
      status: "pending",
      cc: [],
      bcc: [],
      reply_to: null,
      html_body: null,
      sent_at: null,
    });
    const path = `/v1/outbound_emails/${email.body.id}/mark_sent/`;
    const sent = await api("POST", path, { body: { sent_at: "2026-11-20T16:21:37Z", provider_message_id: "<a@b>" } });
    expect(sent.body).toMatchObject({ status: "sent", sent_at: "2026-11-20T16:21:37Z", provider_message_id: "<a@b>" });
    const retried = await api("POST", path, { body: { sent_at: "2026-11-21T00:00:00Z" } });
    expect(retried.body).toEqual(sent.body);
  });

  test("marking sent takes no body at all too", async () => {
    const email = await api("POST", "/v1/outbound_emails/", {
      body: { to: ["a@example.com"], subject: "S", text_body: "T" },
    });
    const sent = await api("POST", `/v1/outbound_emails/${email.body.id}/mark_sent/`);
    expect(sent.body).toMatchObject({ status: "sent", sent_at: expect.any(String), provider_message_id: null });
  });
});

describe("Update API Key", () => {
  test("answers a new key that works, and the old key stops working at once", async () => {
    const rotated = await api("POST", "/v1/api_key/rotate/", { headers: { "x-org-id": SEED_IDS.plantOrg } });
    expect(rotated.body).toMatchObject({ org: SEED_IDS.org, key: expect.any(String) });
    expect(rotated.body.key.startsWith(rotated.body.key_prefix)).toBe(true);
    expect(await api("GET", "/v1/org/")).toMatchObject({ status: 401, body: { detail: "Invalid API key." } });
    expect((await api("GET", "/v1/org/", { key: rotated.body.key })).body.id).toBe(SEED_IDS.org);
    expect(rotated.body.key).not.toBe(MOCK_API_KEY);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect } from "vitest";
import { signatureHeaders } from "@/lib/webhooks/signature";
import { screenshot } from "../support/browser";
import { test, useOwnServer } from "../support/e2e";

// Real HTTP against the production build: endpoints created through the /webhooks page and the
// admin route, events from every source signed or authenticated as the tools would, then the
// device health the worker wrote read back over HTTP.

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/webhooks");
const fixture = (source: string, name: string) => readFileSync(path.join(FIXTURES, source, `${name}.json`), "utf8");

interface Endpoint {
  id: string;
  source: string;
  url: string;
  secret: string;
  authMode: "hmac" | "bearer";
}

describe("webhooks over HTTP", () => {
  // Own server: the events create clients ("Lindqvist Dental", …) and devices, which the shared
  // demo server's every-client counts (the bulk QBR export) would see.
  const server = useOwnServer();
  let generic: Endpoint;
  const endpoints: Record<string, Endpoint> = {};

  const api = async <T,>(p: string, init?: RequestInit) =>
    (await (await fetch(`${server().url}${p}`, { ...init, headers: { ...init?.headers, Cookie: await server().ownerCookie(), Origin: server().url } })).json()) as T;
  const post = (e: Endpoint, body: string, headers?: Record<string, string>) =>
    fetch(e.url, {
      method: "POST",
      body,
      headers: headers ?? {
        "content-type": "application/json",
        ...(e.authMode === "hmac" ? signatureHeaders(e.secret, body) : { authorization: `Bearer ${e.secret}` }),
      },
    });
  type Events = { events: { eventKey: string; status: string; lastError: string | null }[]; counts: Record<string, number> };
  const waitProcessed = async (expected: number) =>
    expect
      .poll(async () => (await api<Events>("/api/webhooks-admin/events")).counts.processed ?? 0, { timeout: 15_000, interval: 200 })
      .toBe(expected);
  const health = async (device: string) =>
    (await api<{ observations: Record<string, unknown>[] }>(`/api/webhooks-admin/device-status?device_id=${encodeURIComponent(device)}`)).observations;

  test("creates an endpoint on the /webhooks page and shows the URL and the secret once", async ({ page, errors }) => {
    await page.goto(`${server().url}/webhooks`);
    const form = page.getByRole("region", { name: "New endpoint" });
    await form.getByRole("textbox", { name: "Name" }).fill("Monitoring bridge");
    await form.getByRole("combobox", { name: "Tool" }).selectOption("generic");
    await form.getByRole("button", { name: "Create endpoint" }).click();
    const url = await page.getByTestId("webhook-url").innerText();
    const secret = await page.getByTestId("webhook-secret").innerText();
    expect(url).toMatch(new RegExp(`^${server().url}/api/webhooks/generic/[A-Za-z0-9_-]{24}$`));
    expect(secret).toMatch(/^whsec_/);
    await expect.poll(() => page.getByText("openssl dgst -sha256 -hmac").count()).toBeGreaterThan(0);
    await screenshot(page, "webhooks-created-generic");
    generic = { id: url.split("/").pop()!, source: "generic", url, secret, authMode: "hmac" };
    // Shown once: a fresh load lists the endpoint but never its secret.
    await page.reload();
    expect(await page.content()).not.toContain(secret);
    expect(await page.getByRole("region", { name: "Endpoints" }).getByText("Monitoring bridge").count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test("accepts authenticated events from every source (202) and the worker applies them", async () => {
    for (const source of ["tactical-rmm", "ninjaone", "datto-rmm"]) {
      endpoints[source] = await api<Endpoint>("/api/webhooks-admin/endpoints", {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: `${source} e2e`, source }),
      });
      expect(endpoints[source]!.authMode).toBe("bearer");
    }
    const sends: [Endpoint, string][] = [
      [generic, fixture("generic", "status")],
      [generic, fixture("generic", "patch")],
      [endpoints["tactical-rmm"]!, fixture("tactical-rmm", "failure-availability")],
      [endpoints["ninjaone"]!, fixture("ninjaone", "condition-triggered")],
      [endpoints["datto-rmm"]!, fixture("datto-rmm", "triggered-antivirus")],
    ];
    for (const [endpoint, body] of sends) {
      const response = await post(endpoint, body);
      expect(response.status).toBe(202);
      expect(await response.json()).toMatchObject({ accepted: true, duplicate: false });
    }
    await waitProcessed(5);
    // The patch scan changed the patch state and kept the rest of the first observation.
    expect(await health("LD-RECEPTION-01")).toMatchObject([
      { avOk: true, patched: true, backupOk: true, online: true },
      { avOk: true, patched: false, patchesMissing: 4, backupOk: true, online: true },
    ]);
    expect(await health("qWmTzKfVbRxYhNcLpDsJgAeU")).toMatchObject([{ online: false, source: "tactical-rmm" }]);
    expect(await health("5f8e2b1c-77aa-4d19-b0c3-9e61f4d2a835")).toMatchObject([{ avOk: false }]);
  });

  test("applies a redelivery once and follows resolutions", async () => {
    const again = await post(generic, fixture("generic", "status"));
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ accepted: true, duplicate: true });
    expect((await post(endpoints["tactical-rmm"]!, fixture("tactical-rmm", "resolved-availability"))).status).toBe(202);
    expect((await post(endpoints["datto-rmm"]!, fixture("datto-rmm", "resolved-antivirus"))).status).toBe(202);
    await waitProcessed(7);
    expect(await health("LD-RECEPTION-01")).toHaveLength(2);
    expect((await health("qWmTzKfVbRxYhNcLpDsJgAeU")).map((o) => o.online)).toEqual([false, true]);
    expect((await health("5f8e2b1c-77aa-4d19-b0c3-9e61f4d2a835")).map((o) => o.avOk)).toEqual([false, true]);
  });

  test("refuses forged, stale and missing credentials with 401, and stores nothing", async () => {
    const body = fixture("generic", "alert-raised");
    const forged = { "content-type": "application/json", ...signatureHeaders("whsec_forged", body) };
    const stale = { "content-type": "application/json", ...signatureHeaders(generic.secret, body, new Date(Date.now() - 10 * 60_000)) };
    for (const headers of [forged, stale, { "content-type": "application/json" }]) {
      expect((await post(generic, body, headers)).status).toBe(401);
    }
    expect((await post(endpoints["ninjaone"]!, fixture("ninjaone", "condition-reset"), { authorization: "Bearer whsec_nope" })).status).toBe(401);
    const { events } = await api<Events>("/api/webhooks-admin/events");
    expect(events.map((e) => e.eventKey)).not.toContain("gen-7f3a-0003");
    const list = await api<{ endpoints: { publicId: string; rejectedCount: number }[] }>("/api/webhooks-admin/endpoints");
    expect(list.endpoints.find((e) => e.publicId === generic.id)?.rejectedCount).toBe(3);
  });

  test("rotates a secret on the page: the new one works at once and the old one still works during the grace period", async ({ page, errors }) => {
    await page.goto(`${server().url}/webhooks`);
    await page.getByRole("button", { name: "Rotate secret: Monitoring bridge" }).click();
    const rotated = await page.getByTestId("rotated-secret").innerText();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(generic.secret);
    const body = (id: string) => JSON.stringify({ event_id: id, type: "ping", occurred_at: "2025-03-04T10:00:00Z" });
    expect((await post({ ...generic, secret: rotated }, body("after-rotation-new"))).status).toBe(202);
    expect((await post(generic, body("after-rotation-old"))).status).toBe(202);
    generic = { ...generic, secret: rotated };
    expect(errors).toEqual([]);
  });

  test("answers 413 above 1 MB, 400 for malformed bodies, 404 for unknown endpoints, 429 over the rate limit", async () => {
    const big = `{"event_id":"big","pad":"${"x".repeat(1024 * 1024)}"}`;
    expect((await post(generic, big)).status).toBe(413);
    // Without a Content-Length (chunked), the bytes are counted while reading.
    const chunked = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); } });
    const response = await fetch(generic.url, { method: "POST", body: chunked, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
    expect((await post(generic, "{not json")).status).toBe(400);
    expect((await post(generic, '{"type":"no id"}')).status).toBe(400);
    const unknown = await post({ ...generic, url: `${server().url}/api/webhooks/generic/unknownendpoint000000` }, "{}");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "not_found", message: "No such webhook endpoint.", details: null } });
    expect((await post({ ...generic, url: generic.url.replace("/generic/", "/ninjaone/") }, "{}")).status).toBe(404);
    const slow = await api<Endpoint>("/api/webhooks-admin/endpoints", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "slow", source: "generic", rateLimitPerMinute: 1 }),
    });
    expect((await post(slow, JSON.stringify({ event_id: "s1", type: "ping", occurred_at: "2025-03-04T10:00:00Z" }))).status).toBe(202);
    const limited = await post(slow, JSON.stringify({ event_id: "s2", type: "ping", occurred_at: "2025-03-04T10:00:00Z" }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  test("lists the events with their status, discards a failing one from the page, and shows a raw body", async ({ newPage }) => {
    // A device nobody has seen, with no client to create it under: retried, with the reason shown.
    const poison = JSON.stringify({ event_id: "poison-1", type: "device.status", occurred_at: "2025-03-04T10:00:00Z", device: { device_id: "GHOST-9" }, status: { online: true } });
    expect((await post(generic, poison)).status).toBe(202);
    await expect
      .poll(async () => (await api<Events>("/api/webhooks-admin/events")).events.find((e) => e.eventKey === "poison-1")?.status, { timeout: 15_000 })
      .toBe("retrying");
    const { page, context, errors } = await newPage();
    await page.goto(`${server().url}/webhooks`);
    const events = page.getByRole("table", { name: "Webhook events, newest first" });
    await expect.poll(() => events.locator('[data-status="processed"]').count()).toBeGreaterThanOrEqual(7);
    const poisonRow = events.getByRole("row").filter({ hasText: "poison-1" });
    expect(await poisonRow.innerText()).toContain("GHOST-9");
    await screenshot(page, "webhooks-page");
    await poisonRow.getByRole("button", { name: "Discard" }).click();
    await expect.poll(() => poisonRow.locator("[data-status]").getAttribute("data-status")).toBe("discarded");
    await events.getByRole("link", { name: "Raw body" }).first().click();
    await expect.poll(() => page.getByTestId("raw-body").innerText()).toContain('"event_id"');
    await screenshot(page, "webhooks-event");
    expect(errors).toEqual([]);
    await context.close();

    const de = await newPage({ locale: "de-DE" });
    await de.page.goto(`${server().url}/webhooks`);
    expect(await de.page.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(["Endpunkte", "Neuer Endpunkt", "Ereignisse"]);
    await screenshot(de.page, "webhooks-page-de");
    expect(de.errors).toEqual([]);
  });
});

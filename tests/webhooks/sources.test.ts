import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { bodyTemplates, eventKeyOf, parseWebhookBody, type WebhookSource } from "@/lib/webhooks";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/webhooks");
const fixture = (source: WebhookSource, name: string) => readFileSync(path.join(FIXTURES, source, `${name}.json`), "utf8");
const parse = (source: WebhookSource, name: string) => parseWebhookBody(source, fixture(source, name));
const key = (source: WebhookSource, raw: string) => eventKeyOf(source, JSON.parse(raw), raw);

describe("generic", () => {
  it("maps a full status observation", () => {
    expect(parse("generic", "status")).toEqual({
      occurredAt: "2025-03-04T08:00:00Z",
      client: { ref: "Lindqvist Dental", name: "Lindqvist Dental", externalId: null },
      device: { device_id: "LD-RECEPTION-01", hostname: "ld-reception-01", kind: "workstation" },
      status: { av_ok: true, patched: true, patches_missing: 0, backup_ok: true, online: true, last_seen_at: "2025-03-04T07:59:12Z" },
      alert: null,
    });
    expect(key("generic", fixture("generic", "status"))).toEqual({ key: "gen-7f3a-0001" });
  });

  it("keeps only the status fields the event mentions", () => {
    expect(parse("generic", "patch").status).toEqual({ patched: false, patches_missing: 4 });
  });

  it("raises and resolves alerts", () => {
    expect(parse("generic", "alert-raised").alert).toEqual({
      action: "raised", alertId: null, severity: "high", kind: "backup", message: "Nightly image backup failed: target share unreachable",
    });
    expect(parse("generic", "alert-resolved").alert).toMatchObject({ action: "resolved", kind: "backup" });
  });

  it("requires event_id, type and occurred_at, and a device for a status", () => {
    expect(key("generic", '{"type":"x"}')).toEqual({ error: expect.stringMatching(/event_id/) });
    expect(() => parseWebhookBody("generic", '{"event_id":"a","occurred_at":"2025-03-04T10:00:00Z"}')).toThrow(ZodError);
    expect(() => parseWebhookBody("generic", '{"event_id":"a","type":"x"}')).toThrow(ZodError);
    expect(() => parseWebhookBody("generic", '{"event_id":"a","type":"x","occurred_at":"2025-03-04T10:00:00Z","status":{"av_ok":true}}')).toThrow(/device/);
    expect(parseWebhookBody("generic", '{"event_id":"a","type":"ping","occurred_at":"2025-03-04T10:00:00Z"}')).toMatchObject({
      device: null, status: null, alert: null,
    });
  });

  it("refuses values it cannot read", () => {
    const bad = (status: object) =>
      JSON.stringify({ event_id: "a", type: "x", occurred_at: "2025-03-04T10:00:00Z", device: { device_id: "D1" }, status });
    expect(() => parseWebhookBody("generic", bad({ av_ok: "maybe" }))).toThrow(/yes\/no/);
    expect(() => parseWebhookBody("generic", bad({ patches_missing: -1 }))).toThrow(ZodError);
    expect(() => parseWebhookBody("generic", bad({ uptime: 5 }))).toThrow(ZodError);
  });
});

describe("Tactical RMM", () => {
  it("maps an agent-overdue failure: Python timestamps, offline, last seen", () => {
    expect(parse("tactical-rmm", "failure-availability")).toEqual({
      occurredAt: "2025-03-04T10:15:22.841112Z",
      client: { ref: "Harbor & Pine Architects", name: "Harbor & Pine Architects", externalId: null },
      device: { device_id: "qWmTzKfVbRxYhNcLpDsJgAeU", hostname: "HPA-WS-07", kind: "workstation" },
      status: { last_seen_at: "2025-03-04T10:05:02.11854Z", online: false },
      alert: { action: "raised", alertId: "4412", severity: "high", kind: "availability", message: "HPA-WS-07 - Agent overdue: hasn't checked in for 10 minutes" },
    });
    expect(key("tactical-rmm", fixture("tactical-rmm", "failure-availability"))).toEqual({ key: "4412:failure" });
  });

  it("resolves at resolved_on, back online", () => {
    const r = parse("tactical-rmm", "resolved-availability");
    expect(r.occurredAt).toBe("2025-03-04T11:02:09.5Z");
    expect(r.status).toEqual({ last_seen_at: "2025-03-04T11:01:58.00441Z", online: true });
    expect(r.alert).toMatchObject({ action: "resolved", alertId: "4412" });
    expect(key("tactical-rmm", fixture("tactical-rmm", "resolved-availability"))).toEqual({ key: "4412:resolved" });
  });

  it("reads a Defender check failure as an antivirus problem on a server", () => {
    const r = parse("tactical-rmm", "failure-check");
    expect(r.device?.kind).toBe("server");
    expect(r.status).toMatchObject({ av_ok: false });
    expect(r.alert).toMatchObject({ kind: "antivirus", severity: "medium" });
  });

  it("keys a body without an alert id by its SHA-256", () => {
    const raw = fixture("tactical-rmm", "failure-check").replace('"alert_id": "4419"', '"alert_id": "None"');
    expect(key("tactical-rmm", raw)).toEqual({ key: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });

  it("parses what the shipped templates produce once Tactical fills them in", () => {
    for (const template of bodyTemplates("tactical-rmm")) {
      const filled = template.body
        .replace(/\{\{alert\.id\}\}/g, "77")
        .replace(/\{\{alert\.(alert_time|resolved_on)\}\}/g, "2025-03-04 10:15:22.841112+00:00")
        .replace("{{agent.last_seen}}", "2025-03-04 10:10:00+00:00")
        .replace("{{agent.needs_reboot}}", "True")
        .replace("{{agent.patches_last_installed}}", "None")
        .replace("{{alert.severity}}", "error")
        .replace("{{alert.alert_type}}", "availability")
        .replace(/\{\{[a-z_.]+\}\}/g, "x");
      const records = parseWebhookBody("tactical-rmm", filled);
      expect(records.alert?.action).toBe(template.name === "failure" ? "raised" : "resolved");
      expect(records.status?.online).toBe(template.name !== "failure");
    }
  });
});

describe("NinjaOne", () => {
  it("maps a triggered condition: epoch seconds with a fraction, organization as client", () => {
    expect(parse("ninjaone", "condition-triggered")).toEqual({
      occurredAt: "2025-03-04T10:15:22.517Z",
      client: { ref: "212", name: "NinjaOne organization 212", externalId: "212" },
      device: { device_id: "5531", hostname: "KOW-DC01", kind: "server" },
      status: { online: true, last_seen_at: "2025-03-04T10:14:50.002Z" },
      alert: { action: "raised", alertId: null, severity: "high", kind: "Disk Usage C: > 90%", message: "Disk C: on KOW-DC01 is 94% full (11.2 GB free)" },
    });
    expect(key("ninjaone", fixture("ninjaone", "condition-triggered"))).toEqual({ key: "918273" });
  });

  it("maps RESET to a resolve of the same kind", () => {
    expect(parse("ninjaone", "condition-reset").alert).toMatchObject({ action: "resolved", kind: "Disk Usage C: > 90%" });
  });

  it("reads patch management activities as patch status, and offline devices", () => {
    expect(parse("ninjaone", "patch-installed")).toMatchObject({ status: { patched: true, online: true }, alert: null });
    expect(parse("ninjaone", "patch-failed")).toMatchObject({ occurredAt: "2025-03-04T16:00:00.25Z", status: { patched: false, online: false } });
  });
});

describe("Datto RMM", () => {
  it("maps triggered and resolved antivirus alerts: epoch milliseconds, site as client, one alert uid", () => {
    const raised = parse("datto-rmm", "triggered-antivirus");
    expect(raised).toEqual({
      occurredAt: "2025-03-05T09:35:00.123Z",
      client: { ref: "Brookfield Veterinary Clinic", name: "Brookfield Veterinary Clinic", externalId: null },
      device: { device_id: "5f8e2b1c-77aa-4d19-b0c3-9e61f4d2a835", hostname: "BRK-PC-112", kind: null },
      status: { av_ok: false },
      alert: { action: "raised", alertId: "a9d2c7e4-1b3f-4c6a-8e5d-7f0b2a4c6e81", severity: "high", kind: "antivirus", message: expect.any(String) },
    });
    const resolved = parse("datto-rmm", "resolved-antivirus");
    expect(resolved).toMatchObject({ occurredAt: "2025-03-05T10:20:12Z", status: { av_ok: true }, alert: { action: "resolved", alertId: raised.alert!.alertId } });
    expect(key("datto-rmm", fixture("datto-rmm", "triggered-antivirus"))).toEqual({ key: "a9d2c7e4-1b3f-4c6a-8e5d-7f0b2a4c6e81:triggered" });
    expect(key("datto-rmm", fixture("datto-rmm", "resolved-antivirus"))).toEqual({ key: "a9d2c7e4-1b3f-4c6a-8e5d-7f0b2a4c6e81:resolved" });
  });

  it("reads a backup alert on a server", () => {
    expect(parse("datto-rmm", "triggered-backup")).toMatchObject({
      device: { kind: "server" }, status: { backup_ok: false }, alert: { kind: "backup", severity: "critical" },
    });
  });

  it("ships templates for triggered and resolved that parse once filled in", () => {
    for (const template of bodyTemplates("datto-rmm")) {
      const filled = template.body.replace("[timestamp]", "1741167300123").replace("[alert_type]", "Patch status").replace(/\[[a-z_]+\]/g, "v1");
      expect(parseWebhookBody("datto-rmm", filled)).toMatchObject({
        occurredAt: "2025-03-05T09:35:00.123Z",
        status: { patched: template.name === "resolved" },
      });
    }
  });
});

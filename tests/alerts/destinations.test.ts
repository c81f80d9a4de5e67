import { describe, expect, it } from "vitest";
import { AlertRuleInput, ruleForRole, type AlertRule } from "@/lib/alerts";
import { savableAlertRule } from "@/lib/alerts/savable-rule";
import { isPublicAddress, refusedWebhookHost } from "@/lib/alerts/webhook-host";
import { readEnv } from "@/lib/env";

const base = { name: "Hook", kpi: "sla_met", comparator: "below", threshold: 90, window: "this-week" };

describe("alert webhook hosts", () => {
  it("refuse loopback, private, link-local and other internal addresses by name or address", () => {
    for (const url of [
      "http://127.0.0.1:9/hook", "http://127.1.2.3/", "http://10.0.0.5/", "http://172.16.4.1/", "http://192.168.1.10/", "http://169.254.169.254/latest",
      "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fe80::1]/", "http://[fd12::1]/", "http://[::ffff:127.0.0.1]/",
      "http://2130706433/", "http://0x7f.1/", "http://localhost:3000/", "http://LOCALHOST./", "http://api.localhost/",
    ]) {
      expect(refusedWebhookHost(url, []), url).not.toBeNull();
    }
    for (const url of ["https://hooks.slack.com/services/T0/B0/x", "https://example.webhook.office.com/webhookb2/x", "http://8.8.8.8/", "http://[2606:4700::1111]/", "http://172.32.0.1/"]) {
      expect(refusedWebhookHost(url, []), url).toBeNull();
    }
    expect(refusedWebhookHost("http://127.0.0.1:9/hook", ["127.0.0.1"])).toBeNull();
    expect(refusedWebhookHost("http://[::1]:9/hook", ["::1"])).toBeNull();
    expect(refusedWebhookHost("http://Chat.Internal/hook", ["chat.internal"])).toBeNull();
    expect(isPublicAddress("not an address")).toBe(false);
  });

  it("are refused on save with a message that names the setting, unless allowed", () => {
    const refused = savableAlertRule([]).safeParse({ ...base, webhookUrl: "http://192.168.1.10/hook" });
    expect(refused.error?.issues).toMatchObject([
      { path: ["webhookUrl"], params: { refusedHost: "192.168.1.10" }, message: expect.stringContaining("MSP_KPI_ALLOWED_WEBHOOK_HOSTS") },
    ]);
    expect(savableAlertRule(["192.168.1.10"]).safeParse({ ...base, webhookUrl: "http://192.168.1.10/hook" }).success).toBe(true);
    expect(savableAlertRule([]).safeParse({ ...base, webhookUrl: "" }).success).toBe(true);
  });

  it("are listed in MSP_KPI_ALLOWED_WEBHOOK_HOSTS, comma-separated, compared without case or brackets", () => {
    const allowed = (hosts?: string) => readEnv({ NODE_ENV: "test", MSP_KPI_ALLOWED_WEBHOOK_HOSTS: hosts }).MSP_KPI_ALLOWED_WEBHOOK_HOSTS;
    expect(allowed(" Chat.Internal , 10.0.0.5,[::1],,")).toEqual(["chat.internal", "10.0.0.5", "::1"]);
    expect(allowed(undefined)).toEqual([]);
    expect(() => allowed("https://chat.internal")).toThrow(/without scheme or port/);
    expect(() => allowed("chat.internal:8080")).toThrow(/without scheme or port/);
  });
});

describe("alert destinations", () => {
  it("are shown to managers and owners, and left out for viewers", () => {
    const rule: AlertRule = { ...AlertRuleInput.parse({ ...base, webhookUrl: "https://hooks.slack.com/services/T0/B0/secret", emailTo: "ops@msp.example" }), id: 1, muted: false };
    expect(ruleForRole(rule, "owner")).toEqual(rule);
    expect(ruleForRole(rule, "manager")).toEqual(rule);
    const forViewer = ruleForRole(rule, "viewer");
    expect(forViewer).not.toHaveProperty("webhookUrl");
    expect(forViewer).not.toHaveProperty("emailTo");
    expect(forViewer).toMatchObject({ id: 1, name: "Hook", kpi: "sla_met" });
  });
});

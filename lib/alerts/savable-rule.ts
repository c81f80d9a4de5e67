import { env } from "@/lib/env";
import { AlertRuleInput, refusedWebhookHostMessage } from "./rule-schema";
import { refusedWebhookHost } from "./webhook-host";

// A rule as the server saves it (rule API and Alerts page): AlertRuleInput, with a webhook host the
// server may post to. Server-only, as it reads the allow-list from the environment.

export function savableAlertRule(allowedHosts: readonly string[]) {
  return AlertRuleInput.superRefine((rule, ctx) => {
    const host = rule.webhookUrl ? refusedWebhookHost(rule.webhookUrl, allowedHosts) : null;
    if (host) ctx.addIssue({ code: "custom", path: ["webhookUrl"], message: refusedWebhookHostMessage(host), params: { refusedHost: host } });
  });
}

export const SavableAlertRule = savableAlertRule(env.MSP_KPI_ALLOWED_WEBHOOK_HOSTS);

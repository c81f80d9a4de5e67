import { z } from "zod";
import { ALERT_KPI_KEYS, alertKpi } from "./kpis";
import { ALERT_WINDOWS } from "./windows";

// One schema for a rule wherever it enters: the Alerts page form, the rule API and the presets.

export const ALERT_COMPARATORS = ["above", "below", "rise-pct", "fall-pct", "rise-abs", "fall-abs", "times-average"] as const;
export type AlertComparator = (typeof ALERT_COMPARATORS)[number];

export const ALERT_SEVERITIES = ["info", "warning", "critical"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const EmailList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[,;\s]+/).filter(Boolean) : v ?? []),
  z.array(z.email("is not an e-mail address")).max(20, "at most 20 addresses"),
);

export const AlertRuleInput = z
  .object({
    name: z.string().trim().min(1, "Give the rule a name").max(120, "at most 120 characters"),
    kpi: z.enum(ALERT_KPI_KEYS, "Choose a figure"),
    /** A client, technician or service name; empty watches every one of them (or the whole business). */
    subject: z.preprocess(emptyToNull, z.string().trim().max(200).nullable()).default(null),
    comparator: z.enum(ALERT_COMPARATORS, "Choose a comparison"),
    // A decimal comma is accepted too (German input); empty is missing, not 0.
    threshold: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
      z.number("Enter a number").refine(Number.isFinite, "Enter a number"),
    ),
    window: z.enum(ALERT_WINDOWS, "Choose a window"),
    severity: z.enum(ALERT_SEVERITIES, "Choose a severity").default("warning"),
    webhookUrl: z.preprocess(emptyToNull, z.url({ protocol: /^https?$/, error: "Enter an http(s) URL" }).nullable()).default(null),
    emailTo: EmailList.default([]),
  })
  .refine((r) => r.comparator !== "times-average" || r.threshold > 0, { message: "The multiple must be above 0", path: ["threshold"] })
  .refine((r) => alertKpi(r.kpi).scope !== "business" || r.subject === null, { message: "A business-wide figure has no client, technician or service", path: ["subject"] });
export type AlertRuleInput = z.infer<typeof AlertRuleInput>;

/** Why a webhook URL was refused on save (lib/alerts/savable-rule.ts); the Alerts page words it in German too. */
export const refusedWebhookHostMessage = (host: string) =>
  `Alerts are not posted to ${host}: it is this server or an address on the internal network (loopback, private or link-local). ` +
  "The server's operator can allow it in MSP_KPI_ALLOWED_WEBHOOK_HOSTS.";

/** A stored rule: the input plus what the database adds. */
export interface AlertRule extends AlertRuleInput {
  id: number;
  muted: boolean;
}

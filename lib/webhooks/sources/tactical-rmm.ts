import { z } from "zod";
import { healthCategory, impliedStatus, mergeStatus, type WebhookRecords } from "../records";
import { normaliseDeviceKind, normaliseSeverity, RequiredInstant, ToolBool, ToolInstant, ToolText } from "../values";
import { field, idText, type SourceParser } from "./types";

// Tactical RMM sends what the user's web hook body template renders: we ship one template for
// "failure" and one for "resolved" (lib/webhooks/templates.ts), so `event` is fixed per template.
// Values arrive as Python str(): booleans True/False, datetimes "2025-03-04 10:15:22.841112+00:00",
// missing values "None".

const TacticalEvent = z.object({
  event: z.enum(["failure", "resolved"]),
  alert_id: ToolText,
  alert_time: RequiredInstant,
  /** Only in the "resolved" template: when the alert was resolved. */
  resolved_on: ToolInstant.optional(),
  severity: ToolText,
  alert_type: ToolText,
  message: ToolText,
  agent_id: z.string().trim().min(1).max(200),
  hostname: ToolText,
  monitoring_type: ToolText,
  operating_system: ToolText,
  last_seen: ToolInstant.optional(),
  needs_reboot: ToolBool.optional(),
  patches_last_installed: ToolInstant.optional(),
  client: ToolText,
  site: ToolText,
});
export type TacticalEvent = z.infer<typeof TacticalEvent>;

export const tacticalParser: SourceParser = {
  eventKey(json) {
    const alertId = idText(field(json, "alert_id"));
    const event = idText(field(json, "event"));
    // Without an alert id in the template, the SHA-256 of the body identifies the delivery.
    return { key: alertId && event ? `${alertId}:${event}` : null };
  },
  parse(json): WebhookRecords {
    const e = TacticalEvent.parse(json);
    const action = e.event === "failure" ? "raised" : "resolved";
    const category = healthCategory(e.alert_type === "availability" ? "availability" : null, e.message);
    const kind = category ?? e.alert_type;
    const client = e.client ?? e.site;
    return {
      occurredAt: (action === "resolved" ? e.resolved_on : null) ?? e.alert_time,
      client: client ? { ref: client, name: client, externalId: null } : null,
      device: { device_id: e.agent_id, hostname: e.hostname, kind: normaliseDeviceKind(e.monitoring_type) },
      status: mergeStatus(
        e.last_seen !== undefined && e.last_seen !== null ? { last_seen_at: e.last_seen } : null,
        impliedStatus(category, action),
      ),
      alert: { action, alertId: e.alert_id, severity: normaliseSeverity(e.severity), kind, message: e.message },
    };
  },
};

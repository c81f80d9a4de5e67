import { z } from "zod";
import { healthCategory, impliedStatus, mergeStatus, type WebhookRecords } from "../records";
import { normaliseDeviceKind, normaliseSeverity, RequiredInstant, ToolText } from "../values";
import { field, idText, type SourceParser } from "./types";

// Datto RMM sends the user's body with [token] placeholders filled in; we ship one body for
// "triggered" and one for "resolved" (lib/webhooks/templates.ts). [timestamp] is epoch milliseconds.
// The alert's uid is shared by its triggered and resolved deliveries.

const DattoEvent = z.object({
  event: z.enum(["triggered", "resolved"]),
  alert_uid: z.string().trim().min(1).max(200),
  alert_message: ToolText,
  alert_type: ToolText,
  alert_priority: ToolText,
  device_hostname: ToolText,
  device_id: ToolText,
  device_os: ToolText,
  device_type: ToolText,
  site_name: ToolText,
  platform: ToolText,
  timestamp: RequiredInstant,
});
export type DattoEvent = z.infer<typeof DattoEvent>;

export const dattoParser: SourceParser = {
  eventKey(json) {
    const uid = idText(field(json, "alert_uid"));
    const event = idText(field(json, "event"));
    return { key: uid && event ? `${uid}:${event}` : null };
  },
  parse(json): WebhookRecords {
    const e = DattoEvent.parse(json);
    const action = e.event === "triggered" ? "raised" : "resolved";
    const category = healthCategory(e.alert_type, e.alert_message);
    const deviceId = e.device_id ?? e.device_hostname;
    return {
      occurredAt: e.timestamp,
      client: e.site_name ? { ref: e.site_name, name: e.site_name, externalId: null } : null,
      device: deviceId
        ? { device_id: deviceId, hostname: e.device_hostname, kind: normaliseDeviceKind(e.device_type ?? (/server/i.test(e.device_os ?? "") ? "server" : null)) }
        : null,
      status: deviceId ? mergeStatus(impliedStatus(category, action)) : null,
      alert: {
        action,
        alertId: e.alert_uid,
        severity: normaliseSeverity(e.alert_priority),
        kind: category ?? e.alert_type,
        message: e.alert_message,
      },
    };
  },
};

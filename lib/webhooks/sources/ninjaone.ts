import { z } from "zod";
import { healthCategory, impliedStatus, mergeStatus, type AlertChange, type StatusChange, type WebhookRecords } from "../records";
import { normaliseDeviceKind, normaliseSeverity, RequiredInstant, ToolBool, ToolInstant, ToolText } from "../values";
import { field, idText, type SourceParser } from "./types";

// NinjaOne posts its activity object: {id, activityTime (epoch seconds with a fraction), deviceId,
// severity, priority, activityType, statusCode, activityResult, sourceName, subject, message,
// data, device: {id, organizationId, nodeClass, offline, displayName, systemName}}.
// CONDITION activities are alerts: statusCode TRIGGERED raises, RESET resolves. Patch management
// activities report patch state; the device object reports whether it is online.

const NinjaId = z.union([z.number(), z.string().trim().min(1).max(200)]).transform(String);

const NinjaEvent = z.object({
  id: NinjaId,
  activityTime: RequiredInstant,
  deviceId: NinjaId.nullish(),
  severity: ToolText,
  priority: ToolText,
  activityType: ToolText,
  statusCode: ToolText,
  activityResult: ToolText,
  sourceName: ToolText,
  subject: ToolText,
  message: ToolText,
  device: z
    .object({
      id: NinjaId,
      organizationId: NinjaId.nullish(),
      nodeClass: ToolText,
      offline: ToolBool.optional(),
      displayName: ToolText,
      systemName: ToolText,
      lastContact: ToolInstant.optional(),
    })
    .nullish(),
});
export type NinjaEvent = z.infer<typeof NinjaEvent>;

function patchStatus(e: NinjaEvent): StatusChange | null {
  const code = e.statusCode?.toUpperCase() ?? "";
  if (!code.startsWith("PATCH_MANAGEMENT")) return null;
  if (code.endsWith("FAILED") || e.activityResult?.toUpperCase() === "FAILURE") return { patched: false };
  if (code.endsWith("INSTALLED")) return { patched: true };
  return null;
}

function alertOf(e: NinjaEvent): AlertChange | null {
  const code = e.statusCode?.toUpperCase();
  if (code !== "TRIGGERED" && code !== "RESET") return null;
  const category = healthCategory(e.activityType === "CONDITION" ? null : e.activityType, e.sourceName, e.subject);
  return {
    action: code === "TRIGGERED" ? "raised" : "resolved",
    alertId: null,
    severity: normaliseSeverity(e.severity),
    kind: category ?? e.sourceName ?? e.activityType,
    message: e.message ?? e.subject,
  };
}

export const ninjaParser: SourceParser = {
  eventKey(json) {
    return { key: idText(field(json, "id")) };
  },
  parse(json): WebhookRecords {
    const e = NinjaEvent.parse(json);
    const deviceId = e.device?.id ?? e.deviceId ?? null;
    const orgId = e.device?.organizationId ?? null;
    const alert = alertOf(e);
    const online = e.device?.offline === true ? false : e.device?.offline === false ? true : undefined;
    const lastSeen = e.device?.lastContact ?? undefined;
    const category = alert ? healthCategory(alert.kind) : null;
    return {
      occurredAt: e.activityTime,
      client: orgId ? { ref: orgId, name: `NinjaOne organization ${orgId}`, externalId: orgId } : null,
      device: deviceId
        ? { device_id: deviceId, hostname: e.device?.systemName ?? e.device?.displayName ?? null, kind: normaliseDeviceKind(e.device?.nodeClass ?? null) }
        : null,
      status: deviceId
        ? mergeStatus(
            online === undefined ? null : { online },
            lastSeen ? { last_seen_at: lastSeen } : null,
            alert ? impliedStatus(category, alert.action) : null,
            patchStatus(e),
          )
        : null,
      alert: alert && (deviceId || orgId) ? alert : null,
    };
  },
};

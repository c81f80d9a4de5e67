import { z } from "zod";
import { DeviceKind } from "@/lib/records/schemas";
import { mergeStatus, type WebhookRecords } from "../records";
import { normaliseSeverity, RequiredInstant, ToolBool, ToolInstant, ToolText } from "../values";
import { field, idText, type SourceParser } from "./types";

// Our own format, for any tool that can sign a request (see the set-up text for the signature):
// {event_id, type, occurred_at, client, device: {device_id, hostname, kind},
//  status: {av_ok, patched, patches_missing, backup_ok, online, last_seen_at},
//  alert: {severity, kind, message, resolved}} — only event_id, type and occurred_at are required.

const Id = z.string().trim().min(1).max(200);

const GenericEvent = z
  .object({
    event_id: Id,
    type: z.string().trim().min(1).max(100),
    occurred_at: RequiredInstant,
    client: ToolText,
    device: z
      .object({ device_id: Id, hostname: ToolText, kind: DeviceKind.nullish() })
      .nullish(),
    status: z
      .object({
        av_ok: ToolBool.optional(),
        patched: ToolBool.optional(),
        patches_missing: z.number().int().min(0).nullable().optional(),
        backup_ok: ToolBool.optional(),
        online: ToolBool.optional(),
        last_seen_at: ToolInstant.optional(),
      })
      .strict()
      .nullish(),
    alert: z
      .object({ severity: ToolText, kind: ToolText, message: ToolText, resolved: ToolBool.optional() })
      .nullish(),
  })
  .refine((e) => !e.status || e.device, { message: "a status needs a device", path: ["status"] })
  .refine((e) => !e.alert || e.device || e.client, { message: "an alert needs a device or a client", path: ["alert"] });
export type GenericEvent = z.infer<typeof GenericEvent>;

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const genericParser: SourceParser = {
  eventKey(json) {
    const key = idText(field(json, "event_id"));
    return key ? { key } : { error: "event_id is required (a string that identifies the event)" };
  },
  parse(json): WebhookRecords {
    const e = GenericEvent.parse(json);
    return {
      occurredAt: e.occurred_at,
      client: e.client ? { ref: e.client, name: e.client, externalId: null } : null,
      device: e.device ? { device_id: e.device.device_id, hostname: e.device.hostname, kind: e.device.kind ?? null } : null,
      status: e.status ? mergeStatus(definedOnly(e.status)) : null,
      alert: e.alert
        ? {
            action: e.alert.resolved || e.type.toLowerCase().endsWith("resolved") ? "resolved" : "raised",
            alertId: null,
            severity: normaliseSeverity(e.alert.severity),
            kind: e.alert.kind,
            message: e.alert.message,
          }
        : null,
    };
  },
};

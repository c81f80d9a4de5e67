import type { WebhookSource } from "./sources-list";

// Ready-to-paste bodies for the tools whose webhook body the user writes. The field names are the
// ones lib/webhooks/sources/<source>.ts reads; the event type is fixed in each template.

const tactical = (event: "failure" | "resolved") =>
  JSON.stringify(
    {
      event,
      alert_id: "{{alert.id}}",
      alert_time: "{{alert.alert_time}}",
      ...(event === "resolved" ? { resolved_on: "{{alert.resolved_on}}" } : {}),
      severity: "{{alert.severity}}",
      alert_type: "{{alert.alert_type}}",
      message: "{{alert.message}}",
      agent_id: "{{agent.agent_id}}",
      hostname: "{{agent.hostname}}",
      monitoring_type: "{{agent.monitoring_type}}",
      operating_system: "{{agent.operating_system}}",
      last_seen: "{{agent.last_seen}}",
      needs_reboot: "{{agent.needs_reboot}}",
      patches_last_installed: "{{agent.patches_last_installed}}",
      client: "{{client.name}}",
      site: "{{site.name}}",
    },
    null,
    2,
  );

const datto = (event: "triggered" | "resolved") =>
  JSON.stringify(
    {
      event,
      alert_uid: "[alert_uid]",
      alert_message: "[alert_message]",
      alert_type: "[alert_type]",
      alert_priority: "[alert_priority]",
      device_hostname: "[device_hostname]",
      device_id: "[device_id]",
      device_os: "[device_os]",
      site_name: "[site_name]",
      platform: "[platform]",
      timestamp: "[timestamp]",
    },
    null,
    2,
  );

const GENERIC_EXAMPLE = {
  event_id: "evt-2025-03-04-0001",
  type: "device.status",
  occurred_at: "2025-03-04T10:15:22Z",
  client: "Northwind Traders",
  device: { device_id: "NW-LT-014", hostname: "nw-lt-014", kind: "workstation" },
  status: { av_ok: true, patched: false, patches_missing: 3, backup_ok: true, online: true, last_seen_at: "2025-03-04T10:14:00Z" },
};

/** A shell example that signs and sends one generic event with openssl and curl. */
export function genericCurlExample(url: string, secret: string): string {
  return [
    `SECRET='${secret}'`,
    `URL='${url}'`,
    `BODY='${JSON.stringify(GENERIC_EXAMPLE)}'`,
    "TS=$(date +%s)",
    `SIG=$(printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.* //')`,
    `curl -sS -X POST "$URL" -H 'Content-Type: application/json' \\`,
    `  -H "X-MSP-KPI-Timestamp: $TS" -H "X-MSP-KPI-Signature: sha256=$SIG" \\`,
    `  --data-binary "$BODY"`,
  ].join("\n");
}

export interface BodyTemplate {
  /** "failure", "resolved", "triggered" or "example". */
  name: string;
  body: string;
}

export function bodyTemplates(source: WebhookSource): BodyTemplate[] {
  switch (source) {
    case "tactical-rmm":
      return [
        { name: "failure", body: tactical("failure") },
        { name: "resolved", body: tactical("resolved") },
      ];
    case "datto-rmm":
      return [
        { name: "triggered", body: datto("triggered") },
        { name: "resolved", body: datto("resolved") },
      ];
    case "generic":
      return [{ name: "example", body: JSON.stringify(GENERIC_EXAMPLE, null, 2) }];
    case "ninjaone":
      return [];
  }
}

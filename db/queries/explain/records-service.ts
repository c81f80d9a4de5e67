import "server-only";
import type { Period } from "@/lib/kpi/period";
import { CSAT, devices, FIRST_RESPONSE, SLA_MET, tickets, type DeviceClassify, type RecordSelect, type Settings, type TicketClassify } from "./records";

// The records behind the service desk's figures (lib/explain/figures-service.ts): resolution
// times, positive CSAT, the managed fleet and its warranty, and the technicians' and salespeople's
// scorecards, by the definitions of docs/kpis.md ("Tickets and service", "Devices", "Scorecards").

const resolved = (value: string): TicketClassify => ({
  counted: "resolved_in",
  term: "'resolved'",
  value,
  exact: "resolution_us",
  reason: "case when unresolved then 'unresolved' else 'resolved_outside' end",
});

/** Every device managed on E counts; warranty coverage splits them by `warranty_end ≥ E`. Neither reads the status. */
const MANAGED: DeviceClassify = { value: "1", term: "'managed'", detail: "warranty_end::text", status: false };
const WARRANTY: DeviceClassify = {
  value: "(coalesce(warranty_end >= $2::date, false))::int",
  term: "case when warranty_end >= $2::date then 'under_warranty' else 'no_warranty' end",
  detail: "warranty_end::text",
  status: false,
};

/** The booked terms a salesperson figure counts (contracts active on E of those terms). */
const BOOKED: Record<string, string> = {
  "salesperson.booked_upsell_mrr": "term = 'upsell'",
  "salesperson.booked_new_service_mrr": "term = 'new_service'",
  "salesperson.new_service_share": "true",
};

/**
 * A salesperson's contracts starting in P, counted when still active on E; upsell when the client
 * had MRR in the same service on S = from − 1, else new service. $1 org, $2 from, $3 to, $4 salesperson.
 */
function booked(orgId: number, period: Period, subject: string | null, terms: string): RecordSelect {
  const counted = `active and ${terms}`;
  const sql = `select id::text as id, ref, client, who, day, detail, extra, value, null::numeric as exact, term,
      case when ${counted} then null when not active then 'ended' when term = 'upsell' then 'booked_as_upsell' else 'booked_as_new_service' end as reason,
      (${counted}) as counted
    from (
      select k.id, coalesce(k.external_id, k.id::text) as ref, c.name as client, k.service as who, k.start_date::text as day,
        k.end_date::text as detail, k.tier as extra, k.monthly_value as value, (k.end_date is null or $3::date <= k.end_date) as active,
        case when coalesce((select sum(s.monthly_value) from contracts s where s.org_id = $1 and s.client_id = k.client_id and s.service = k.service
          and s.start_date <= $2::date - 1 and (s.end_date is null or $2::date - 1 <= s.end_date)), 0) > 0 then 'upsell' else 'new_service' end as term
      from contracts k join clients c on c.org_id = k.org_id and c.id = k.client_id
      where k.org_id = $1 and k.salesperson = $4 and k.start_date between $2::date and $3::date
    ) as r`;
  return { sql, params: [orgId, period.from, period.to, subject] };
}

/** The records of a service-desk figure, or null for a figure of another group. */
export function serviceRecords(orgId: number, metric: string, period: Period, settings: Settings, subject: string | null): RecordSelect | null {
  const ofTechnician = (classify: TicketClassify) => tickets(orgId, period, settings, subject, classify, "p.name");
  switch (metric) {
    case "resolution_hours":
      return tickets(orgId, period, settings, null, resolved("resolution_us / 3600000000"));
    case "csat_positive":
      return tickets(orgId, period, settings, null, CSAT);
    case "managed_devices":
    case "client.managed_devices":
      return devices(orgId, period, settings, subject, MANAGED);
    case "warranty_coverage":
      return devices(orgId, period, settings, null, WARRANTY);
    case "technician.tickets_resolved":
      return ofTechnician(resolved("1"));
    case "technician.csat":
    case "technician.csat_positive":
      return ofTechnician(CSAT);
    case "technician.sla_met":
      return ofTechnician(SLA_MET);
    case "technician.first_response_minutes":
      return ofTechnician(FIRST_RESPONSE);
    case "salesperson.booked_upsell_mrr":
    case "salesperson.booked_new_service_mrr":
    case "salesperson.new_service_share":
      return booked(orgId, period, subject, BOOKED[metric]!);
    default:
      return null;
  }
}

import "server-only";
import type { Period } from "@/lib/kpi/period";
import type { SqlRunner } from "../client";
import { activeDays, activeOn } from "./kpi/sql";

// What makes the profitability figures of a period incomplete, by name only (no cost amounts):
// the data-quality panel of /profitability lists these so each gap can be fixed where it is set.

export interface ProfitabilityGaps {
  /** Technicians with hours in P and no cost rate (neither their own hourly_cost nor the default). */
  techniciansWithoutCost: { id: number; name: string }[];
  /** Contracts active on the period's last day without a monthly_cost. */
  contractsWithoutCost: { id: number; client: string; service: string }[];
  /** Clients with hours in P and no contract active on any day of P. */
  clientsWithoutContract: { id: number; name: string }[];
  /** Some technician has a cost rate (their own or the default): without one, unlogged capacity has no cost. */
  anyCostRate: boolean;
}

export async function profitabilityGaps(db: SqlRunner, orgId: number, period: Period, defaultHourlyCost: number | null): Promise<ProfitabilityGaps> {
  const defaultCost = defaultHourlyCost === null ? null : String(defaultHourlyCost);
  const [techniciansWithoutCost, contractsWithoutCost, clientsWithoutContract, [rates]] = await Promise.all([
    db.query<{ id: number; name: string }>(
      `select t.id, t.name from technicians t
       where t.org_id = $1 and t.hourly_cost is null and $4::numeric is null
         and exists (select 1 from time_entries e where e.org_id = $1 and e.technician_id = t.id and e.work_date between $2::date and $3::date)
       order by t.name`,
      [orgId, period.from, period.to, defaultCost],
    ),
    db.query<{ id: number; client: string; service: string }>(
      `select k.id, c.name as client, k.service from contracts k join clients c on c.id = k.client_id
       where k.org_id = $1 and k.monthly_cost is null and ${activeOn("$2")}
       order by c.name, k.service, k.id`,
      [orgId, period.to],
    ),
    db.query<{ id: number; name: string }>(
      `select c.id, c.name from clients c
       where c.org_id = $1
         and exists (select 1 from time_entries e where e.org_id = $1 and e.client_id = c.id and e.work_date between $2::date and $3::date)
         and not exists (select 1 from contracts k where k.org_id = $1 and k.client_id = c.id and ${activeDays("$2", "$3")} > 0)
       order by c.name`,
      [orgId, period.from, period.to],
    ),
    db.query<{ any: boolean }>(
      `select ($2::numeric is not null or exists (select 1 from technicians where org_id = $1 and hourly_cost is not null)) as any`,
      [orgId, defaultCost],
    ),
  ]);
  return { techniciansWithoutCost, contractsWithoutCost, clientsWithoutContract, anyCostRate: rates?.any === true };
}

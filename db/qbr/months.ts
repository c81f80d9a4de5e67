import "server-only";
import Big from "big.js";
import { eachDay, monthKey, type Period } from "@/lib/kpi/period";
import { roundFigure } from "@/lib/kpi/round";
import type { QbrMonth } from "@/lib/qbr/types";
import type { SqlRunner } from "../client";

// One client's tickets (created, by local date in the org's time zone) and logged hours (by
// work_date) per calendar month of P, with the KPI engine's definitions of "in P": the months add
// up to the report's by_client tickets_created and billed_hours.

export async function clientMonths(db: SqlRunner, orgId: number, clientId: number, period: Period, timeZone: string): Promise<QbrMonth[]> {
  const [tickets, hours] = await Promise.all([
    db.query<{ month: string; n: number }>(
      `select to_char((created_at at time zone $3::text)::date, 'YYYY-MM') as month, count(*)::int as n
       from tickets where org_id = $1 and client_id = $2 and (created_at at time zone $3::text)::date between $4::date and $5::date
       group by 1`,
      [orgId, clientId, timeZone, period.from, period.to],
    ),
    db.query<{ month: string; billable: string; non_billable: string }>(
      `select to_char(work_date, 'YYYY-MM') as month,
              coalesce(sum(hours) filter (where billable), 0)::text as billable,
              coalesce(sum(hours) filter (where not billable), 0)::text as non_billable
       from time_entries where org_id = $1 and client_id = $2 and work_date between $3::date and $4::date
       group by 1`,
      [orgId, clientId, period.from, period.to],
    ),
  ]);
  const months = [...new Set(eachDay(period.from, period.to).map(monthKey))];
  return months.map((month) => {
    const h = hours.find((r) => r.month === month);
    return {
      month,
      tickets: tickets.find((r) => r.month === month)?.n ?? 0,
      billableHours: roundFigure(new Big(h?.billable ?? 0)),
      nonBillableHours: roundFigure(new Big(h?.non_billable ?? 0)),
    };
  });
}

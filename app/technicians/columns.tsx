import type { DataTableColumn } from "@/components/data-table";
import { explainedCell, ExplainLink } from "@/components/explain-link";
import { GoalStatusBadge } from "@/components/goal-badge";
import { componentMessages } from "@/components/messages";
import type { Locale } from "@/lib/format/locale";
import { formatHours, formatMoney, formatPercent } from "@/lib/format/number";
import type { Period } from "@/lib/kpi/period";
import { BandBadge } from "./band-badge";
import type { TechniciansMessages } from "./messages";
import type { TechnicianTableRow } from "./rows";

export function technicianColumns(t: TechniciansMessages, currency: string, period: Period): DataTableColumn<TechnicianTableRow>[] {
  const c = t.table;
  const explained = (metric: string, header: string, text: (r: TechnicianTableRow, l: Locale) => string) => explainedCell(metric, period, header, (r: TechnicianTableRow) => r.name, text);
  const bandText = (band: TechnicianTableRow["workload"]) => (band ? t.band[band] : t.noBand);
  return [
    {
      id: "name",
      header: c.technician,
      value: (r) => r.name,
      hideable: false,
      cell: (r) => (
        <span className="whitespace-nowrap font-medium text-gray-900">
          {r.name}
          {r.confirmed ? null : <span className="ml-2 rounded-tremor-small bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{c.notConfirmed}</span>}
        </span>
      ),
    },
    { id: "role", header: c.role, value: (r) => r.role, filter: "select", hidden: true },
    { id: "band", header: c.band, value: (r) => bandText(r.workload), filter: "select", cell: (r) => <BandBadge band={r.workload} t={t} /> },
    {
      id: "available", header: c.available, numeric: true, value: (r) => r.availableHours,
      cell: explained("technician.available_hours", c.available, (r, l) => formatHours(r.availableHours, l)),
    },
    {
      id: "billable", header: c.billable, numeric: true, value: (r) => r.billableHours,
      cell: explained("technician.billable_hours", c.billable, (r, l) => formatHours(r.billableHours, l)),
    },
    {
      id: "logged", header: c.logged, numeric: true, value: (r) => r.loggedHours,
      cell: explained("technician.logged_hours", c.logged, (r, l) => formatHours(r.loggedHours, l)),
    },
    {
      id: "utilization",
      header: c.utilization,
      numeric: true,
      value: (r) => r.utilization,
      cell: (r, l) => (
        <ExplainLink href={r.explainHref} label={componentMessages(l).kpi.explainLabel(c.utilization)}>
          {formatPercent(r.utilization, l)}
        </ExplainLink>
      ),
    },
    {
      id: "loggedUtilization",
      header: c.loggedUtilization,
      numeric: true,
      value: (r) => r.loggedUtilization,
      cell: explained("technician.logged_utilization", c.loggedUtilization, (r, l) => formatPercent(r.loggedUtilization, l)),
    },
    {
      id: "goal",
      header: c.goal,
      value: (r) => r.goalText,
      filter: "select",
      cell: (r) =>
        r.goal ? (
          <span className="inline-flex items-center gap-2 whitespace-nowrap tabular-nums">
            {r.goal.target} <GoalStatusBadge status={r.goal.status} />
          </span>
        ) : null,
    },
    {
      id: "projected",
      header: c.projected,
      numeric: true,
      value: (r) => r.projectedUtilization,
      hidden: true,
      cell: (r, l) => <Projected now={r.utilization} then={r.projectedUtilization} text={formatPercent(r.projectedUtilization, l)} />,
    },
    {
      id: "projectedLogged",
      header: c.projectedLogged,
      numeric: true,
      value: (r) => r.projectedLoggedUtilization,
      hidden: true,
      cell: (r, l) => <Projected now={r.loggedUtilization} then={r.projectedLoggedUtilization} text={formatPercent(r.projectedLoggedUtilization, l)} />,
    },
    {
      id: "billedRevenue", header: c.billedRevenue, numeric: true, value: (r) => r.billedRevenue,
      cell: explained("technician.billed_revenue", c.billedRevenue, (r, l) => formatMoney(r.billedRevenue, currency, l)),
    },
    { id: "tickets", header: c.tickets, numeric: true, value: (r) => r.ticketsHandled },
  ];
}

/** A projected figure, in bold when accepted moves changed it. */
function Projected({ now, then, text }: { now: number | null; then: number | null; text: string }) {
  return <span className={now !== then ? "font-semibold text-blue-800" : undefined}>{text}</span>;
}

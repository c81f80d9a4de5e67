import { roleAtLeast, type Role } from "@/lib/auth/roles";
import type { KpiReport, KpiSections } from "./report-schema";

// Costs are for managers and owners (issue #15): a viewer is served the report without its
// profitability section, and only an owner sees what each technician costs (hourly costs are close
// to salaries). Scorecards feed people's pay (issue #19): managers and owners only. The same rule
// for P and for `previous`.

/** One period's sections as a member of `role` may read them. */
export function sectionsForRole<S extends KpiSections>(sections: S, role: Role): S {
  if (!roleAtLeast(role, "manager")) {
    const { profitability: _profitability, scorecards: _scorecards, ...rest } = sections;
    return rest as S;
  }
  if (!sections.profitability || roleAtLeast(role, "owner")) return sections;
  const { by_technician: _byTechnician, ...shared } = sections.profitability;
  return { ...sections, profitability: shared };
}

/** Whether a member of `role` is served every one of these parts of the report. */
export function partsServed(parts: readonly (keyof KpiSections)[], role: Role): boolean {
  return roleAtLeast(role, "manager") || !parts.some((part) => part === "profitability" || part === "scorecards");
}

/** The report as a member of `role` may read it. */
export function reportForRole(report: KpiReport, role: Role): KpiReport {
  return { ...sectionsForRole(report, role), previous: sectionsForRole(report.previous, role) };
}

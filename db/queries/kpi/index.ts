// The KPI report computed in the database: the figures the app serves. The equivalence tests hold
// it equal to the pure reference implementation (lib/kpi/reference).
import "server-only";
export { computeKpiReportSql, computeKpiSectionsSql } from "./report";
export { ensureKpiRollups, refreshKpiRollups } from "./rollups";

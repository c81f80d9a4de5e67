// The KPI report computed in the database: the figures the app serves. The equivalence tests hold
// it equal to the pure reference implementation (lib/kpi/reference).
import "server-only";
export { computeKpiReportSql, computeKpiSectionsSql, servedKpiReport } from "./report";
export { refreshKpiRollups } from "./rollups";
export { ensureKpiRollups, figureSettings, type FigureSettings } from "./rollup-settings";

// The KPI report computed in the database (the fast path), and the loader that feeds the pure
// reference implementation (lib/kpi) from the same rows.
import "server-only";
export { computeKpiReportSql, computeKpiSectionsSql } from "./report";
export { loadKpiDataset } from "./load-dataset";
export { ensureKpiRollups, refreshKpiRollups, ROLLUP_PARTS, type RollupPart } from "./rollups";

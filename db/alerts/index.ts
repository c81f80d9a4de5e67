// KPI threshold alerts in the database: rules, evaluation, history, deliveries and the scheduler.
import "server-only";
export { evaluateAlertsAfterChange } from "./after-change";
export { deliverDueAlerts, type DeliverOptions, type DeliverResult } from "./deliver";
export { listDeliveries, retryDeliveryNow, type DeliveryRow, type DeliveryStatus } from "./deliveries";
export { evaluateAlerts, evaluateAlertsIn, type EvaluationSummary } from "./evaluate";
export { acknowledgeFiring, countUnreadAlerts, firingExists, listFirings, type FiringFilter, type FiringRow } from "./firings";
export { previewAlertRules, type RulePreview } from "./preview";
export { createAlertRule, deleteAlertRule, getAlertRule, listAlertRules, setAlertRuleMuted, updateAlertRule } from "./rules";
export { AlertScheduler, runScheduledEvaluation, type ScheduledRun } from "./scheduler";
export { getAlertSchedule, setAlertScheduleMinutes } from "./schedule";

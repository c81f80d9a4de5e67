// KPI threshold alerts at run time: evaluation, notification sending and the scheduler.
import "server-only";
export { evaluateAlertsAfterChange } from "./after-change";
export { deliverDueAlerts, type DeliverOptions, type DeliverResult } from "./send-notifications";
export { evaluateAlerts, evaluateAlertsIn, type EvaluationSummary } from "./evaluate";
export { AlertScheduler, alertEvaluationJob, runScheduledEvaluation, type ScheduledRun } from "./scheduler";

// KPI threshold alerts in the database: rules, figures, history, deliveries and the schedule.
import "server-only";
export { listDeliveries, retryDeliveryNow, type DeliveryRow, type DeliveryStatus } from "./deliveries";
export { acknowledgeFiring, countUnreadAlerts, firingExists, listFirings, type FiringFilter, type FiringRow } from "./firings";
export { previewAlertRules, type RulePreview } from "./preview";
export { createAlertRule, deleteAlertRule, getAlertRule, listAlertRules, setAlertRuleMuted, updateAlertRule } from "./rules";
export { getAlertSchedule, setAlertScheduleMinutes } from "./schedule";

DROP INDEX "kpi_ticket_client_days_org_grain_day";--> statement-breakpoint
CREATE INDEX "kpi_ticket_client_days_org_grain_day" ON "kpi_ticket_client_days" USING btree ("org_id","grain","day","client_id");--> statement-breakpoint
DROP INDEX "kpi_ticket_durations_org_measure_grain_day";--> statement-breakpoint
CREATE INDEX "kpi_ticket_durations_org_measure_grain_day" ON "kpi_ticket_durations" USING btree ("org_id","measure","grain","day","bucket");--> statement-breakpoint
DROP INDEX "kpi_ticket_pending_org_day";--> statement-breakpoint
CREATE INDEX "kpi_ticket_pending_org_day" ON "kpi_ticket_pending" USING btree ("org_id","day","deadline_day");--> statement-breakpoint
DROP INDEX "kpi_time_client_days_org_grain_day";--> statement-breakpoint
CREATE INDEX "kpi_time_client_days_org_grain_day" ON "kpi_time_client_days" USING btree ("org_id","grain","day","client_id");--> statement-breakpoint
DROP INDEX "kpi_time_technician_days_org_grain_day";--> statement-breakpoint
CREATE INDEX "kpi_time_technician_days_org_grain_day" ON "kpi_time_technician_days" USING btree ("org_id","grain","day","technician_id");--> statement-breakpoint
DROP INDEX "kpi_time_client_technician_days_org_grain_day";--> statement-breakpoint
CREATE INDEX "kpi_time_client_technician_days_org_grain_day" ON "kpi_time_client_technician_days" USING btree ("org_id","grain","day","client_id","technician_id");--> statement-breakpoint
ALTER TABLE "kpi_device_rollups_stale" ADD COLUMN "since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kpi_device_rollups_stale" ADD COLUMN "client_ids" bigint[];

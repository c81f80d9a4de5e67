DROP INDEX "kpi_ticket_client_days_org_grain_day";--> statement-breakpoint
DROP INDEX "kpi_time_client_days_org_grain_day";--> statement-breakpoint
CREATE INDEX "kpi_ticket_client_days_org_grain_day" ON "kpi_ticket_client_days" USING btree ("org_id","grain","day","client_id","created","sla_met","sla_missed","csat_count","csat_sum","csat_positive");--> statement-breakpoint
CREATE INDEX "kpi_time_client_days_org_grain_day" ON "kpi_time_client_days" USING btree ("org_id","grain","day","client_id","entries","hours");
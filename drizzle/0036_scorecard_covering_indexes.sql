DROP INDEX "tickets_org_response_bucket";--> statement-breakpoint
DROP INDEX "kpi_technician_ticket_responses_org_grain_day";--> statement-breakpoint
CREATE INDEX "tickets_org_response_bucket" ON "tickets" USING btree ("org_id",floor(extract(epoch from ("first_response_at" - "created_at")) / 300),"created_at","first_response_at","technician_id") WHERE "tickets"."first_response_at" is not null;--> statement-breakpoint
CREATE INDEX "kpi_technician_ticket_responses_org_grain_day" ON "kpi_technician_ticket_responses" USING btree ("org_id","grain","day","technician_id","bucket","tickets");
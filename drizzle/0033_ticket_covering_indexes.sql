DROP INDEX "tickets_org_created";--> statement-breakpoint
DROP INDEX "tickets_org_resolved";--> statement-breakpoint
CREATE INDEX "tickets_org_created" ON "tickets" USING btree ("org_id","created_at","client_id","technician_id","priority","first_response_at","first_response_tracked","resolved_at");--> statement-breakpoint
CREATE INDEX "tickets_org_resolved" ON "tickets" USING btree ("org_id","resolved_at","created_at","client_id","technician_id","priority","first_response_at","first_response_tracked");
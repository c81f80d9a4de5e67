CREATE TABLE "kpi_technician_ticket_days" (
	"org_id" bigint NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"technician_id" bigint NOT NULL,
	"created" integer NOT NULL,
	"sla_met" integer NOT NULL,
	"sla_missed" integer NOT NULL,
	"resolved" integer NOT NULL,
	"csat_count" integer NOT NULL,
	"csat_sum" integer NOT NULL,
	"csat_positive" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_technician_ticket_pending" (
	"org_id" bigint NOT NULL,
	"day" date NOT NULL,
	"deadline_day" date NOT NULL,
	"technician_id" bigint NOT NULL,
	"tickets" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_technician_ticket_responses" (
	"org_id" bigint NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"technician_id" bigint NOT NULL,
	"bucket" bigint NOT NULL,
	"tickets" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "kpi_technician_ticket_days_org_grain_day" ON "kpi_technician_ticket_days" USING btree ("org_id","grain","day","technician_id");--> statement-breakpoint
CREATE INDEX "kpi_technician_ticket_pending_org_day" ON "kpi_technician_ticket_pending" USING btree ("org_id","day","deadline_day","technician_id");--> statement-breakpoint
CREATE INDEX "kpi_technician_ticket_responses_org_grain_day" ON "kpi_technician_ticket_responses" USING btree ("org_id","grain","day","technician_id","bucket");--> statement-breakpoint
-- The new tables belong to the "tickets" rollup part, which orgs already have built without them:
-- a settings key no settings produce marks that part stale, so the start's rebuild job (or else the
-- first read) rebuilds it from the one definition in db/queries/kpi/rollups-tickets.ts.
UPDATE "kpi_rollup_state" SET "settings_key" = 'stale: built before 0031' WHERE "part" = 'tickets';

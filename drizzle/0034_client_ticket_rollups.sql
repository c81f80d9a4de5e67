CREATE TABLE "kpi_client_ticket_pending" (
	"org_id" bigint NOT NULL,
	"day" date NOT NULL,
	"deadline_day" date NOT NULL,
	"client_id" bigint NOT NULL,
	"tickets" integer NOT NULL
);
--> statement-breakpoint
-- Existing rows get 0 until the rebuild below fills the new sums; later rows always name them.
ALTER TABLE "kpi_ticket_client_days" ADD COLUMN "sla_met" integer DEFAULT 0 NOT NULL, ADD COLUMN "sla_missed" integer DEFAULT 0 NOT NULL,
  ADD COLUMN "csat_count" integer DEFAULT 0 NOT NULL, ADD COLUMN "csat_sum" integer DEFAULT 0 NOT NULL, ADD COLUMN "csat_positive" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_ticket_client_days" ALTER COLUMN "sla_met" DROP DEFAULT, ALTER COLUMN "sla_missed" DROP DEFAULT, ALTER COLUMN "csat_count" DROP DEFAULT,
  ALTER COLUMN "csat_sum" DROP DEFAULT, ALTER COLUMN "csat_positive" DROP DEFAULT;--> statement-breakpoint
CREATE INDEX "kpi_client_ticket_pending_org_day" ON "kpi_client_ticket_pending" USING btree ("org_id","day","deadline_day","client_id");--> statement-breakpoint
-- The new sums and table belong to the "tickets" rollup part, which orgs already have built without
-- them: a settings key no settings produce marks that part stale, so the start's rebuild job (or
-- else the first read) rebuilds it from the one definition in db/queries/kpi/rollups-tickets.ts.
UPDATE "kpi_rollup_state" SET "settings_key" = 'stale: built before 0034' WHERE "part" = 'tickets';

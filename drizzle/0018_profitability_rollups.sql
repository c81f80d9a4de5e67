CREATE TABLE "kpi_time_client_technician_days" (
	"org_id" bigint NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"client_id" bigint NOT NULL,
	"technician_id" bigint NOT NULL,
	"entries" integer NOT NULL,
	"hours" numeric NOT NULL,
	"reactive" numeric NOT NULL,
	"billed" numeric NOT NULL
);
--> statement-breakpoint
CREATE INDEX "kpi_time_client_technician_days_org_grain_day" ON "kpi_time_client_technician_days" USING btree ("org_id","grain","day");--> statement-breakpoint
DELETE FROM "kpi_rollup_state" WHERE "part" = 'time';

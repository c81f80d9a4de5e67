CREATE TABLE "kpi_device_client_days" (
	"org_id" bigint NOT NULL,
	"client_id" bigint NOT NULL,
	"day" date NOT NULL,
	"managed" integer NOT NULL,
	"av_ok" integer NOT NULL,
	"patched" integer NOT NULL,
	"backup_ok" integer NOT NULL,
	"seen" integer NOT NULL,
	"warranty" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_rollup_state" (
	"org_id" bigint NOT NULL,
	"part" text NOT NULL,
	"settings_key" text NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_rollup_state_org_id_part_pk" PRIMARY KEY("org_id","part")
);
--> statement-breakpoint
CREATE TABLE "kpi_ticket_client_days" (
	"org_id" bigint NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"client_id" bigint NOT NULL,
	"created" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_ticket_days" (
	"org_id" bigint NOT NULL,
	"day" date NOT NULL,
	"created" integer NOT NULL,
	"sla_met" integer NOT NULL,
	"sla_missed" integer NOT NULL,
	"csat_count" integer NOT NULL,
	"csat_sum" integer NOT NULL,
	"csat_positive" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_ticket_durations" (
	"org_id" bigint NOT NULL,
	"measure" text NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"bucket" bigint NOT NULL,
	"tickets" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_ticket_pending" (
	"org_id" bigint NOT NULL,
	"day" date NOT NULL,
	"deadline_day" date NOT NULL,
	"tickets" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_time_client_days" (
	"org_id" bigint NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"client_id" bigint NOT NULL,
	"entries" integer NOT NULL,
	"hours" numeric NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_time_technician_days" (
	"org_id" bigint NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"technician_id" bigint NOT NULL,
	"entries" integer NOT NULL,
	"logged" numeric NOT NULL,
	"billable" numeric NOT NULL,
	"billed" numeric NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpi_rollup_state" ADD CONSTRAINT "kpi_rollup_state_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kpi_device_client_days_org_client_day" ON "kpi_device_client_days" USING btree ("org_id","client_id","day");--> statement-breakpoint
CREATE INDEX "kpi_ticket_client_days_org_grain_day" ON "kpi_ticket_client_days" USING btree ("org_id","grain","day");--> statement-breakpoint
CREATE INDEX "kpi_ticket_days_org_day" ON "kpi_ticket_days" USING btree ("org_id","day");--> statement-breakpoint
CREATE INDEX "kpi_ticket_durations_org_measure_grain_day" ON "kpi_ticket_durations" USING btree ("org_id","measure","grain","day");--> statement-breakpoint
CREATE INDEX "kpi_ticket_pending_org_day" ON "kpi_ticket_pending" USING btree ("org_id","day");--> statement-breakpoint
CREATE INDEX "kpi_time_client_days_org_grain_day" ON "kpi_time_client_days" USING btree ("org_id","grain","day");--> statement-breakpoint
CREATE INDEX "kpi_time_technician_days_org_grain_day" ON "kpi_time_technician_days" USING btree ("org_id","grain","day");--> statement-breakpoint
CREATE INDEX "tickets_org_response_bucket" ON "tickets" USING btree ("org_id",floor(extract(epoch from ("first_response_at" - "created_at")) / 300),"created_at","first_response_at") WHERE "tickets"."first_response_at" is not null;--> statement-breakpoint
CREATE INDEX "tickets_org_resolution_bucket" ON "tickets" USING btree ("org_id",floor(extract(epoch from ("resolved_at" - "created_at")) / 3600),"resolved_at","created_at") WHERE "tickets"."resolved_at" is not null;
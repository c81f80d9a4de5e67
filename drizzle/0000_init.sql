CREATE TABLE "org_settings" (
	"org_id" bigint PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"holidays" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sla_target_minutes" jsonb DEFAULT '{"P1":60,"P2":240,"P3":480,"P4":1440}'::jsonb NOT NULL,
	"workload_upper" numeric DEFAULT '0.90' NOT NULL,
	"workload_lower" numeric DEFAULT '0.50' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orgs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "orgs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orgs_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "alert_events" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "alert_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source" text NOT NULL,
	"event_id" text NOT NULL,
	"device_id" bigint,
	"client_id" bigint,
	"occurred_at" timestamp with time zone NOT NULL,
	"severity" text,
	"kind" text,
	"message" text,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "alert_events_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "clients_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"segment" text,
	"source" text NOT NULL,
	"external_id" text,
	"import_run_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clients_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "contracts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"client_id" bigint NOT NULL,
	"service" text NOT NULL,
	"monthly_value" numeric NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"tier" text,
	"units" numeric,
	"salesperson" text,
	"source" text NOT NULL,
	"external_id" text,
	"import_run_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "device_status" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "device_status_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"device_id" bigint NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"av_ok" boolean,
	"patched" boolean,
	"patches_missing" integer,
	"backup_ok" boolean,
	"online" boolean,
	"last_seen_at" timestamp with time zone,
	"source" text NOT NULL,
	"external_id" text,
	"import_run_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_status_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "devices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"client_id" bigint NOT NULL,
	"hostname" text,
	"kind" text,
	"managed_since" date,
	"retired_on" date,
	"warranty_end" date,
	"source" text NOT NULL,
	"external_id" text,
	"import_run_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "devices_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "technicians" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "technicians_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"weekly_capacity_hours" numeric DEFAULT '40' NOT NULL,
	"active_from" date,
	"active_to" date,
	"role" text,
	"source" text NOT NULL,
	"external_id" text,
	"import_run_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "technicians_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "tickets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"client_id" bigint NOT NULL,
	"technician_id" bigint,
	"created_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"status" text,
	"priority" text,
	"csat" smallint,
	"subject" text,
	"source" text NOT NULL,
	"external_id" text,
	"import_run_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tickets_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "time_entries" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "time_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"technician_id" bigint NOT NULL,
	"client_id" bigint NOT NULL,
	"work_date" date NOT NULL,
	"hours" numeric NOT NULL,
	"billable" boolean NOT NULL,
	"ticket_ref" text,
	"rate" numeric,
	"amount" numeric,
	"source" text NOT NULL,
	"external_id" text,
	"import_run_id" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "time_entries_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "column_mappings" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "column_mappings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "column_mappings_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "import_row_errors" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "import_row_errors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"import_run_id" bigint NOT NULL,
	"line" integer NOT NULL,
	"column" text,
	"value" text,
	"reason" text NOT NULL,
	CONSTRAINT "import_row_errors_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "import_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_path" text,
	"file_sha256" text,
	"file_bytes" bigint,
	"strict" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"started_by" text DEFAULT 'system' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	"error" text,
	CONSTRAINT "import_runs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "org_settings" ADD CONSTRAINT "org_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_client_fk" FOREIGN KEY ("org_id","client_id") REFERENCES "public"."clients"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_status" ADD CONSTRAINT "device_status_device_fk" FOREIGN KEY ("org_id","device_id") REFERENCES "public"."devices"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_client_fk" FOREIGN KEY ("org_id","client_id") REFERENCES "public"."clients"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technicians" ADD CONSTRAINT "technicians_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_client_fk" FOREIGN KEY ("org_id","client_id") REFERENCES "public"."clients"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_technician_fk" FOREIGN KEY ("org_id","technician_id") REFERENCES "public"."technicians"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_client_fk" FOREIGN KEY ("org_id","client_id") REFERENCES "public"."clients"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_technician_fk" FOREIGN KEY ("org_id","technician_id") REFERENCES "public"."technicians"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "column_mappings" ADD CONSTRAINT "column_mappings_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_row_errors" ADD CONSTRAINT "import_row_errors_run_fk" FOREIGN KEY ("org_id","import_run_id") REFERENCES "public"."import_runs"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_events_org_source_event" ON "alert_events" USING btree ("org_id","source","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_org_name_key" ON "clients" USING btree ("org_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "clients_org_source_external" ON "clients" USING btree ("org_id","source","external_id");--> statement-breakpoint
CREATE INDEX "clients_org_external_lower" ON "clients" USING btree ("org_id",lower("external_id"));--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_org_source_external" ON "contracts" USING btree ("org_id","source","external_id");--> statement-breakpoint
CREATE INDEX "contracts_org_client" ON "contracts" USING btree ("org_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "device_status_org_source_external" ON "device_status" USING btree ("org_id","source","external_id");--> statement-breakpoint
CREATE INDEX "device_status_org_device_observed" ON "device_status" USING btree ("org_id","device_id","observed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "devices_org_source_external" ON "devices" USING btree ("org_id","source","external_id");--> statement-breakpoint
CREATE INDEX "devices_org_external_lower" ON "devices" USING btree ("org_id",lower("external_id"));--> statement-breakpoint
CREATE UNIQUE INDEX "technicians_org_name_key" ON "technicians" USING btree ("org_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_org_source_external" ON "tickets" USING btree ("org_id","source","external_id");--> statement-breakpoint
CREATE INDEX "tickets_org_created" ON "tickets" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "tickets_org_resolved" ON "tickets" USING btree ("org_id","resolved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "time_entries_org_source_external" ON "time_entries" USING btree ("org_id","source","external_id");--> statement-breakpoint
CREATE INDEX "time_entries_org_date" ON "time_entries" USING btree ("org_id","work_date");--> statement-breakpoint
CREATE UNIQUE INDEX "column_mappings_org_name" ON "column_mappings" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "import_row_errors_run_line" ON "import_row_errors" USING btree ("org_id","import_run_id","line");--> statement-breakpoint
CREATE INDEX "import_runs_org_started" ON "import_runs" USING btree ("org_id","started_at");
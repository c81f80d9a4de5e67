CREATE TABLE "kpi_device_rollups_stale" (
	"org_id" bigint NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_device_rollups_stale_org_id_pk" PRIMARY KEY("org_id")
);
--> statement-breakpoint
ALTER TABLE "kpi_device_rollups_stale" ADD CONSTRAINT "kpi_device_rollups_stale_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;

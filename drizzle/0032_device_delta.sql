CREATE TABLE "kpi_device_pending_deltas" (
	"org_id" bigint NOT NULL,
	"time_zone" text NOT NULL,
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
ALTER TABLE "kpi_device_pending_deltas" ADD CONSTRAINT "kpi_device_pending_deltas_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kpi_device_pending_deltas_org" ON "kpi_device_pending_deltas" USING btree ("org_id");--> statement-breakpoint
ALTER TABLE "kpi_device_rollups_stale" DROP COLUMN "client_ids";

ALTER TABLE "technicians" ADD COLUMN "confirmed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
UPDATE "technicians" t SET "confirmed" = false FROM "import_runs" r WHERE r."org_id" = t."org_id" AND r."id" = t."import_run_id" AND r."kind" IN ('tickets', 'time');--> statement-breakpoint
DROP TABLE "client_assignments";--> statement-breakpoint
ALTER TABLE "workload_moves" ADD COLUMN "status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "workload_moves" ADD COLUMN "done_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workload_moves" ADD COLUMN "done_by_run" bigint;--> statement-breakpoint
CREATE INDEX "workload_moves_org_pending" ON "workload_moves" USING btree ("org_id") WHERE "workload_moves"."status" = 'pending';

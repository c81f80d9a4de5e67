ALTER TABLE "contracts" ADD COLUMN "monthly_cost" numeric;--> statement-breakpoint
ALTER TABLE "time_entries" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "org_settings" ADD COLUMN "default_hourly_cost" numeric;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_category_known" CHECK ("time_entries"."category" in ('reactive', 'proactive', 'project', 'internal'));

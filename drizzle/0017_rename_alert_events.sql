ALTER TABLE "alert_events" RENAME TO "rmm_alerts";--> statement-breakpoint
ALTER SEQUENCE "alert_events_id_seq" RENAME TO "rmm_alerts_id_seq";--> statement-breakpoint
ALTER INDEX "alert_events_org_source_event" RENAME TO "rmm_alerts_org_source_event";--> statement-breakpoint
-- Primary and foreign key, and on PostgreSQL 18 the named NOT NULL constraints too.
DO $$
DECLARE
  old_name text;
BEGIN
  FOR old_name IN SELECT conname FROM pg_constraint WHERE conrelid = 'rmm_alerts'::regclass AND conname LIKE 'alert\_events\_%' LOOP
    EXECUTE format('ALTER TABLE "rmm_alerts" RENAME CONSTRAINT %I TO %I', old_name, 'rmm_alerts_' || substr(old_name, length('alert_events_') + 1));
  END LOOP;
END $$;

ALTER TABLE "kpi_rollup_state" ADD COLUMN "built_with" jsonb;--> statement-breakpoint
-- Parts built with the org's current settings record them, so a later change can be read with them
-- until the rebuild; the key is db/queries/kpi/rollups.ts settingsKey (SLA targets in whole microseconds).
UPDATE "kpi_rollup_state" r SET "built_with" = CASE r."part"
    WHEN 'time' THEN '{}'::jsonb
    WHEN 'devices' THEN jsonb_build_object('timeZone', s."time_zone")
    ELSE jsonb_build_object('timeZone', s."time_zone", 'slaTargetMinutes', s."sla_target_minutes")
  END
FROM "org_settings" s
WHERE s."org_id" = r."org_id" AND r."settings_key" = CASE r."part"
    WHEN 'time' THEN ''
    WHEN 'devices' THEN s."time_zone"
    ELSE concat_ws(' ', s."time_zone",
      floor((s."sla_target_minutes"->>'P1')::numeric * 60000000), floor((s."sla_target_minutes"->>'P2')::numeric * 60000000),
      floor((s."sla_target_minutes"->>'P3')::numeric * 60000000), floor((s."sla_target_minutes"->>'P4')::numeric * 60000000))
  END;

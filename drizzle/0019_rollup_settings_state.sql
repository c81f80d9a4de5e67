ALTER TABLE "kpi_rollup_state" ADD COLUMN "built_with" jsonb;

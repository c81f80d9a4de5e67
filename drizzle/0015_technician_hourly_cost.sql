ALTER TABLE "technicians" ADD COLUMN "hourly_cost" numeric;

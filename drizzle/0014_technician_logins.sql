ALTER TABLE "technicians" ADD COLUMN "login" text;

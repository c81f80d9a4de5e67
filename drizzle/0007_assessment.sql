CREATE TABLE "assessments" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_by" text NOT NULL,
	"answers" jsonb NOT NULL,
	"processes" numeric(3, 2) NOT NULL,
	"technology" numeric(3, 2) NOT NULL,
	"customers" numeric(3, 2) NOT NULL,
	"revenue" numeric(3, 2) NOT NULL,
	"overall" numeric(3, 2) NOT NULL,
	"stage" text NOT NULL,
	CONSTRAINT "assessments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_org_taken" ON "assessments" USING btree ("org_id","taken_at");
CREATE TABLE "goals" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "goals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"metric" text NOT NULL,
	"scope" text NOT NULL,
	"subject" text,
	"direction" text NOT NULL,
	"target" double precision NOT NULL,
	"warn" double precision,
	"due_date" date,
	"source" text,
	"default_key" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "goals_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "goals_org_default" ON "goals" USING btree ("org_id","default_key") WHERE "goals"."default_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "goals_org_live_metric" ON "goals" USING btree ("org_id","metric",coalesce("subject", '')) WHERE "goals"."removed_at" is null;

CREATE TABLE "peer_reviews" (
	"org_id" bigint NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "peer_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"quarter" text NOT NULL,
	"reviewer_id" bigint NOT NULL,
	"reviewee_id" bigint NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_reviews_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "peer_reviews_score_check" CHECK ("peer_reviews"."score" between 1 and 5),
	CONSTRAINT "peer_reviews_not_self_check" CHECK ("peer_reviews"."reviewer_id" <> "peer_reviews"."reviewee_id"),
	CONSTRAINT "peer_reviews_quarter_check" CHECK ("peer_reviews"."quarter" ~ '^[0-9]{4}-Q[1-4]$')
);
--> statement-breakpoint
CREATE TABLE "pay_plans" (
	"org_id" bigint PRIMARY KEY NOT NULL,
	"plan" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "technician_id" bigint;--> statement-breakpoint
ALTER TABLE "peer_reviews" ADD CONSTRAINT "peer_reviews_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_reviews" ADD CONSTRAINT "peer_reviews_reviewer_fk" FOREIGN KEY ("org_id","reviewer_id") REFERENCES "public"."technicians"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_reviews" ADD CONSTRAINT "peer_reviews_reviewee_fk" FOREIGN KEY ("org_id","reviewee_id") REFERENCES "public"."technicians"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_plans" ADD CONSTRAINT "pay_plans_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_technician_fk" FOREIGN KEY ("org_id","technician_id") REFERENCES "public"."technicians"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "peer_reviews_once_per_quarter" ON "peer_reviews" USING btree ("org_id","quarter","reviewer_id","reviewee_id");--> statement-breakpoint
CREATE INDEX "peer_reviews_org_reviewee" ON "peer_reviews" USING btree ("org_id","reviewee_id","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_org_technician" ON "memberships" USING btree ("org_id","technician_id");

CREATE TABLE "sign_in_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"window_start" bigint NOT NULL
);
--> statement-breakpoint
-- API tokens act for their creator: a token whose creator has left its org (or is unknown) is
-- revoked, and a token above its creator's current role is lowered to that role.
UPDATE "api_tokens" t SET "revoked_at" = now()
WHERE t."revoked_at" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "memberships" m WHERE m."org_id" = t."org_id" AND m."user_id" = t."created_by");
--> statement-breakpoint
UPDATE "api_tokens" t SET "role" = m."role"
FROM "memberships" m
WHERE t."revoked_at" IS NULL AND m."org_id" = t."org_id" AND m."user_id" = t."created_by"
  AND ((t."role" = 'owner' AND m."role" <> 'owner') OR (t."role" = 'manager' AND m."role" = 'viewer'));

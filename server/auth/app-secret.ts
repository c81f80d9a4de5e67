import "server-only";
import { randomBytes } from "node:crypto";
import type { SqlRunner } from "@/db/client";
import { env } from "@/lib/env";

/** The instance's signing key: AUTH_SECRET, else a random key generated once and kept in the database. */
export async function appSecret(db: SqlRunner): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  await db.query("insert into instance_secrets (name, value) values ('auth', $1) on conflict (name) do nothing", [
    randomBytes(32).toString("base64url"),
  ]);
  const [row] = await db.query<{ value: string }>("select value from instance_secrets where name = 'auth'");
  return row!.value;
}

// better-auth's endpoints: sign-in, sign-out, session, password reset (rate-limited, origin-checked).
import { getDb } from "@/server/database";
import { getAuth } from "@/server/auth/better-auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

async function authHandler(request: Request): Promise<Response> {
  const auth = await getAuth(await getDb());
  return auth.handler(request);
}

export { authHandler as GET, authHandler as POST };

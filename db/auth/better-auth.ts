import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { env } from "@/lib/env";
import { PASSWORD_MIN } from "@/lib/auth/forms";
import { sendMail } from "@/lib/mail/send-mail";
import type { Database } from "../client";
import { accounts, rateLimits, sessions, users, verifications } from "../schema/auth";
import { takeSignInAttempt } from "./account-throttle";
import { recordAudit } from "./audit";
import { membershipOf } from "./users";

/** Failed sign-ins allowed per client address per minute before 429. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 5;

async function authSecret(db: Database): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  await db.query("insert into instance_secrets (name, value) values ('auth', $1) on conflict (name) do nothing", [
    randomBytes(32).toString("base64url"),
  ]);
  const [row] = await db.query<{ value: string }>("select value from instance_secrets where name = 'auth'");
  return row!.value;
}

function buildAuth(db: Database, secret: string) {
  return betterAuth({
    appName: "msp-kpi",
    secret,
    baseURL: env.MSP_KPI_PUBLIC_URL,
    basePath: "/api/auth",
    database: drizzleAdapter(db.orm, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Accounts are created by the first-run set-up and by owners, never by strangers.
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        await sendMail({
          to: user.email,
          subject: "Reset your msp-kpi password",
          text: `Someone asked to reset the password of ${user.email} on msp-kpi.\n\nChoose a new password here (valid for one hour):\n${url}\n\nIf that was not you, ignore this message.`,
        });
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE },
        "/request-password-reset": { window: 300, max: 3 },
      },
    },
    advanced: { useSecureCookies: env.MSP_KPI_PUBLIC_URL?.startsWith("https://") ?? false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" || typeof ctx.body?.email !== "string") return;
        const wait = await takeSignInAttempt(db, ctx.body.email);
        if (wait !== null) {
          throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts for this account." }, { "X-Retry-After": String(wait) });
        }
      }),
    },
    databaseHooks: {
      session: {
        create: {
          after: async (session) => {
            const membership = await membershipOf(db, session.userId);
            if (membership) await recordAudit(db, membership.orgId, { actor: `user:${session.userId}`, action: "user.signed_in", details: { ip: session.ipAddress ?? null } });
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof buildAuth>;

const instances = new WeakMap<Database, Promise<Auth>>();

/** One better-auth instance per database handle, built on first use. */
export function getAuth(db: Database): Promise<Auth> {
  let auth = instances.get(db);
  if (!auth) {
    auth = authSecret(db).then((secret) => buildAuth(db, secret));
    instances.set(db, auth);
  }
  return auth;
}

import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { env } from "@/lib/env";
import { PASSWORD_MIN } from "@/lib/auth/forms";
import { configuredPublicUrl, sameHostOrigins } from "@/lib/auth/origins";
import { sendMail } from "@/server/mail/send-mail";
import type { Database } from "@/db/client";
import { accounts, rateLimits, sessions, users, verifications } from "@/db/schema/auth";
import { recordAudit } from "@/db/auth/audit";
import { returnSignInAttempt, takeSignInAttempt, type SignInAttempt } from "@/db/auth/sign-in-throttle";
import { membershipOf, voidPasswordResetLinks } from "@/db/auth/users";
import { appSecret } from "./app-secret";

function buildAuth(db: Database, secret: string) {
  return betterAuth({
    appName: "msp-kpi",
    secret,
    // Fixed, so e-mailed reset links never follow a request's Host or X-Forwarded-* headers.
    baseURL: configuredPublicUrl(),
    basePath: "/api/auth",
    trustedOrigins: (request) => (request ? sameHostOrigins(request.headers, env.MSP_KPI_TRUST_PROXY) : []),
    database: drizzleAdapter(db.driverOrm, {
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
      onPasswordReset: async ({ user }) => voidPasswordResetLinks(db, user.id),
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
        // Counted by sign-in-throttle.ts instead, which spends only wrong passwords.
        "/sign-in/email": false,
        "/request-password-reset": { window: 300, max: 3 },
      },
    },
    advanced: {
      useSecureCookies: env.MSP_KPI_PUBLIC_URL?.startsWith("https://") ?? false,
      // better-auth skips the origin check under NODE_ENV=test; ours runs everywhere, tests included.
      disableOriginCheck: false,
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const attempt = signInAttemptOf(ctx);
        if (!attempt) return;
        const wait = await takeSignInAttempt(db, attempt);
        if (wait !== null) {
          throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts." }, { "X-Retry-After": String(wait) });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const attempt = signInAttemptOf(ctx);
        const returned = ctx.context.returned;
        const wrongPassword = isAPIError(returned) && returned.statusCode === 401;
        if (attempt && !wrongPassword) await returnSignInAttempt(db, attempt);
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

/** The e-mail and client address of a sign-in request, or null for every other auth request. */
function signInAttemptOf(ctx: {
  path?: string;
  body?: { email?: unknown };
  request?: Request;
  headers?: Headers;
  context: { options: Parameters<typeof getIP>[1] };
}): SignInAttempt | null {
  if (ctx.path !== "/sign-in/email" || typeof ctx.body?.email !== "string") return null;
  const source = ctx.request ?? ctx.headers;
  const address = source ? getIP(source, ctx.context.options) : null;
  return { email: ctx.body.email, address: address ?? "unknown" };
}

export type Auth = ReturnType<typeof buildAuth>;

const instances = new WeakMap<Database, Promise<Auth>>();

/** One better-auth instance per database handle, built on first use. */
export function getAuth(db: Database): Promise<Auth> {
  let auth = instances.get(db);
  if (!auth) {
    auth = appSecret(db).then((secret) => buildAuth(db, secret));
    instances.set(db, auth);
  }
  return auth;
}

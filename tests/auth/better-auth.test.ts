import { expect, it } from "vitest";
import { ADDRESS_ATTEMPTS } from "@/db/auth/sign-in-throttle";
import { getAuth } from "@/server/auth/better-auth";
import { createMember } from "@/db/auth/users";
import { configuredPublicUrl } from "@/lib/auth/origins";
import { createTestOrg, describeEachDatabase } from "../support/db";

// better-auth's own handler on a real database, fed real Requests as the route handler gets them:
// the sign-in budget, the origins it accepts, and what a password reset leaves behind.
describeEachDatabase("sign-in and password reset", (db) => {
  const publicUrl = configuredPublicUrl();

  async function member(email: string): Promise<string> {
    const org = await createTestOrg(db());
    return createMember(db(), org, { name: email, email, password: "right-password-1", role: "viewer" });
  }

  async function signIn(body: { email: string; password: string }, headers: Record<string, string> = {}): Promise<Response> {
    const auth = await getAuth(db());
    return auth.handler(
      new Request(`${publicUrl}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: publicUrl, ...headers },
        body: JSON.stringify(body),
      }),
    );
  }

  it("counts only wrong passwords: an office signing in six times a minute from one address gets in every time", async () => {
    const emails = ["a@office.example", "b@office.example", "c@office.example"];
    for (const email of emails) await member(email);
    const statuses: number[] = [];
    for (let i = 0; i < 2 * emails.length; i++) {
      statuses.push((await signIn({ email: emails[i % emails.length]!, password: "right-password-1" }, { "X-Forwarded-For": "192.0.2.40" })).status);
    }
    expect(statuses).toEqual(Array(6).fill(200));
  });

  it("still answers 429 after five wrong passwords from one address, even to the right one", async () => {
    await member("guessed@office.example");
    const statuses: number[] = [];
    for (let i = 0; i < ADDRESS_ATTEMPTS.max; i++) {
      statuses.push((await signIn({ email: "guessed@office.example", password: `guess-${i}` }, { "X-Forwarded-For": "192.0.2.41" })).status);
    }
    const refused = await signIn({ email: "guessed@office.example", password: "right-password-1" }, { "X-Forwarded-For": "192.0.2.41" });
    expect([...statuses, refused.status]).toEqual([401, 401, 401, 401, 401, 429]);
    expect(Number(refused.headers.get("X-Retry-After"))).toBeGreaterThan(0);
    expect((await signIn({ email: "guessed@office.example", password: "right-password-1" }, { "X-Forwarded-For": "192.0.2.42" })).status).toBe(200);
  });

  it("accepts sign-in from the host the browser used, and refuses other sites' pages", async () => {
    await member("anywhere@office.example");
    const credentials = { email: "anywhere@office.example", password: "right-password-1" };
    for (const host of ["127.0.0.1:3000", "192.168.1.20:3000", "kpi.lan"]) {
      const response = await signIn(credentials, { Host: host, Origin: `http://${host}`, "X-Forwarded-For": "192.0.2.50" });
      expect(response.status, host).toBe(200);
    }
    const crossSite = await signIn(credentials, { Host: "127.0.0.1:3000", Origin: "http://evil.example", "X-Forwarded-For": "192.0.2.50" });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ code: "INVALID_ORIGIN" });
    // A proxy that rewrites Host: the configured public URL is still trusted.
    expect((await signIn(credentials, { Host: "10.0.0.5:3000", Origin: publicUrl, "X-Forwarded-For": "192.0.2.50" })).status).toBe(200);
  });

  it("voids every other outstanding reset link of the account once a password is reset", async () => {
    const userId = await member("forgetful@office.example");
    const bystander = await member("bystander@office.example");
    for (const [token, user] of [["first-link", userId], ["second-link", userId], ["third-link", bystander]] as const) {
      await db().query("insert into verifications (id, identifier, value, expires_at) values ($1, $2, $3, now() + interval '1 hour')", [token, `reset-password:${token}`, user]);
    }
    const auth = await getAuth(db());
    const reset = (token: string, newPassword: string) =>
      auth.handler(new Request(`${publicUrl}/api/auth/reset-password`, { method: "POST", headers: { "Content-Type": "application/json", Origin: publicUrl }, body: JSON.stringify({ token, newPassword }) }));
    expect((await reset("second-link", "new-password-22")).status).toBe(200);
    const stale = await reset("first-link", "attacker-password");
    expect(stale.status).toBe(400);
    expect(await stale.json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect((await signIn({ email: "forgetful@office.example", password: "new-password-22" }, { "X-Forwarded-For": "192.0.2.60" })).status).toBe(200);
    const left = await db().query<{ identifier: string }>("select identifier from verifications where identifier like 'reset-password:%' order by identifier");
    expect(left).toEqual([{ identifier: "reset-password:third-link" }]);
  });
});

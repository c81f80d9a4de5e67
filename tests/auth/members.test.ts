import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { createApiToken, listApiTokens, revokeApiToken } from "@/db/auth/api-tokens";
import { redeemToken } from "@/db/auth/redeem-token";
import { ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, returnSignInAttempt, takeSignInAttempt } from "@/db/auth/sign-in-throttle";
import { auditSource, recordAudit } from "@/db/auth/audit";
import { queryTablePage } from "@/db/tables/sql-table";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { AUDIT_TABLE } from "@/app/settings/access/audit-spec";
import { changeRole, countUsers, createFirstOwner, createMember, listMembers, membershipOf, removeMember } from "@/db/auth/users";
import { hashApiToken } from "@/lib/auth/api-token";
import { createTestOrg, describeEachDatabase } from "../support/db";

describeEachDatabase("members, roles and API tokens", (db) => {
  it("creates the first owner once; a second set-up is refused", async () => {
    expect(await countUsers(db())).toBe(0);
    const id = await createFirstOwner(db(), { name: "Olga", email: "Olga@Example.com", password: "first-owner-pass", orgName: "Olga IT" });
    expect(await membershipOf(db(), id)).toMatchObject({ role: "owner", orgName: "Olga IT" });
    await expect(createFirstOwner(db(), { name: "Eve", email: "eve@example.com", password: "second-owner", orgName: "Eve" })).rejects.toMatchObject({ code: "conflict" });
    const [account] = await db().query<{ password: string }>("select password from accounts where user_id = $1", [id]);
    expect(account!.password).not.toContain("first-owner-pass");
    expect(account!.password.length).toBeGreaterThan(40);
  });

  it("keeps at least one owner, and removing a member ends their sessions", async () => {
    const org = await createTestOrg(db());
    const owner = await createMember(db(), org, { name: "A", email: "a@one.example", password: "password-a-1", role: "owner" });
    const viewer = await createMember(db(), org, { name: "B", email: "b@one.example", password: "password-b-1", role: "viewer" });
    await expect(changeRole(db(), org, owner, "manager")).rejects.toMatchObject({ code: "conflict" });
    await expect(removeMember(db(), org, owner)).rejects.toMatchObject({ code: "conflict" });
    expect((await changeRole(db(), org, viewer, "owner")).previous).toBe("viewer");
    expect((await changeRole(db(), org, owner, "manager")).previous).toBe("owner");
    await db().query("insert into sessions (id, expires_at, token, user_id) values ('s1', now() + interval '1 day', 't1', $1)", [viewer]);
    await changeRole(db(), org, owner, "owner");
    await removeMember(db(), org, viewer);
    expect((await listMembers(db(), org)).map((m) => m.email)).toEqual(["a@one.example"]);
    expect(await db().query("select 1 from sessions where user_id = $1", [viewer])).toEqual([]);
    await expect(createMember(db(), org, { name: "A2", email: "A@one.example", password: "password-a-2", role: "viewer" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("never touches another org's members", async () => {
    const one = await createTestOrg(db());
    const two = await createTestOrg(db());
    const stranger = await createMember(db(), two, { name: "S", email: "s@two.example", password: "password-s-1", role: "viewer" });
    await expect(changeRole(db(), one, stranger, "owner")).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(db(), one, stranger)).rejects.toMatchObject({ code: "not_found" });
    expect(await listMembers(db(), one)).toEqual([]);
  });

  it("stores tokens hashed, resolves them to their org and role, and stops after revocation", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    const creator = await createMember(db(), org, { name: "C", email: "c@tokens.example", password: "password-c-1", role: "owner" });
    const { id, token } = await createApiToken(db(), org, { name: "CI", role: "manager", createdBy: creator });
    const stored = await db().query<{ token_hash: string }>("select token_hash from api_tokens where org_id = $1", [org]);
    expect(stored).toEqual([{ token_hash: hashApiToken(token) }]);
    expect(JSON.stringify(await listApiTokens(db(), org))).not.toContain(token);
    expect(await redeemToken(db(), "api", token)).toEqual({ id, orgId: org, role: "manager", createdBy: creator });
    expect((await listApiTokens(db(), org))[0]!.lastUsedAt).toBeInstanceOf(Date);
    expect(await revokeApiToken(db(), other, id)).toBe(false);
    expect(await revokeApiToken(db(), org, id)).toBe(true);
    expect(await redeemToken(db(), "api", token)).toBeNull();
    expect(await redeemToken(db(), "api", `${token}x`)).toBeNull();
  });

  it("lowers a demoted member's tokens to the new role, and never lets a token act above its creator", async () => {
    const org = await createTestOrg(db());
    await createMember(db(), org, { name: "O", email: "o@demote.example", password: "password-o-1", role: "owner" });
    const demoted = await createMember(db(), org, { name: "D", email: "d@demote.example", password: "password-d-1", role: "owner" });
    const ownerToken = await createApiToken(db(), org, { name: "webhooks", role: "owner", createdBy: demoted });
    const managerToken = await createApiToken(db(), org, { name: "imports", role: "manager", createdBy: demoted });
    const viewerToken = await createApiToken(db(), org, { name: "reads", role: "viewer", createdBy: demoted });

    expect(await changeRole(db(), org, demoted, "manager")).toEqual({ previous: "owner", clampedTokens: [ownerToken.id] });
    expect((await redeemToken(db(), "api", ownerToken.token))?.role).toBe("manager");
    expect((await redeemToken(db(), "api", managerToken.token))?.role).toBe("manager");
    expect((await listApiTokens(db(), org)).map((t) => [t.name, t.role]).sort()).toEqual([["imports", "manager"], ["reads", "viewer"], ["webhooks", "manager"]]);

    // A role set behind the app's back (SQL, an older version) still caps the token at use time.
    await db().query("update memberships set role = 'viewer' where org_id = $1 and user_id = $2", [org, demoted]);
    expect((await redeemToken(db(), "api", managerToken.token))?.role).toBe("viewer");
    expect((await redeemToken(db(), "api", viewerToken.token))?.role).toBe("viewer");
    // Promoting the member again does not raise a lowered token back.
    await changeRole(db(), org, demoted, "owner");
    expect((await redeemToken(db(), "api", ownerToken.token))?.role).toBe("manager");
  });

  it("revokes a removed member's tokens, and refuses tokens whose creator is not a member at use time", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    await createMember(db(), org, { name: "O", email: "o@leave.example", password: "password-o-1", role: "owner" });
    const leaver = await createMember(db(), org, { name: "L", email: "l@leave.example", password: "password-l-1", role: "owner" });
    const stays = await createMember(db(), org, { name: "S", email: "s@leave.example", password: "password-s-1", role: "manager" });
    const leaverToken = await createApiToken(db(), org, { name: "leaver", role: "owner", createdBy: leaver });
    const staysToken = await createApiToken(db(), org, { name: "stays", role: "manager", createdBy: stays });

    expect(await removeMember(db(), org, leaver)).toEqual([leaverToken.id]);
    expect(await redeemToken(db(), "api", leaverToken.token)).toBeNull();
    expect((await listApiTokens(db(), org)).find((t) => t.id === leaverToken.id)?.revokedAt).toBeInstanceOf(Date);
    expect((await redeemToken(db(), "api", staysToken.token))?.role).toBe("manager");

    // Membership gone without removeMember (SQL, an older version): the token acts for nobody.
    await db().query("delete from memberships where org_id = $1 and user_id = $2", [org, stays]);
    expect(await redeemToken(db(), "api", staysToken.token)).toBeNull();
    // Being a member of another org does not count for this org's tokens.
    await db().query("insert into memberships (org_id, user_id, role) values ($1, $2, 'owner')", [other, stays]);
    expect(await redeemToken(db(), "api", staysToken.token)).toBeNull();
  });

  it("on update, revokes tokens whose creator has left and lowers the rest to their creator's role", async () => {
    const org = await createTestOrg(db());
    const owner = await createMember(db(), org, { name: "O", email: "o@migrate.example", password: "password-o-1", role: "owner" });
    const viewer = await createMember(db(), org, { name: "V", email: "v@migrate.example", password: "password-v-1", role: "viewer" });
    const kept = await createApiToken(db(), org, { name: "kept", role: "owner", createdBy: owner });
    const lowered = await createApiToken(db(), org, { name: "lowered", role: "manager", createdBy: viewer });
    const orphan = await createApiToken(db(), org, { name: "orphan", role: "owner", createdBy: owner });
    // What an older version left: a token whose creator was deleted (created_by set null).
    await db().query("update api_tokens set created_by = null where org_id = $1 and id = $2", [org, orphan.id]);

    const migration = readFileSync(path.resolve(import.meta.dirname, "../../drizzle/0010_sign_in_attempts_and_token_roles.sql"), "utf8");
    for (const statement of migration.split("--> statement-breakpoint").filter((sql) => sql.includes("api_tokens"))) await db().query(statement);

    const tokens = new Map((await listApiTokens(db(), org)).map((t) => [t.id, t]));
    expect([tokens.get(kept.id)?.role, tokens.get(kept.id)?.revokedAt]).toEqual(["owner", null]);
    expect([tokens.get(lowered.id)?.role, tokens.get(lowered.id)?.revokedAt]).toEqual(["viewer", null]);
    expect(tokens.get(orphan.id)?.revokedAt).toBeInstanceOf(Date);
  });

  it("keeps an audit log per org, newest first", async () => {
    const org = await createTestOrg(db());
    await recordAudit(db(), org, { actor: "user:u1", action: "settings.changed", details: { currency: "USD" } });
    await recordAudit(db(), org, { actor: "token:7", action: "token.used" });
    const { rows: entries } = await queryTablePage(db(), auditSource(org), parseTableQuery(AUDIT_TABLE, {}));
    expect(entries.map((e) => e.action)).toEqual(["token.used", "settings.changed"]);
    expect(entries[1]).toMatchObject({ actor: "user:u1", details: '{"currency": "USD"}', subject: null });
  });

  it("allows an account only so many sign-in attempts per window, whatever the address", async () => {
    const start = 1_800_000_000_000;
    const from = (i: number) => `192.0.2.${i}`;
    for (let i = 0; i < ACCOUNT_ATTEMPTS.max; i++) expect(await takeSignInAttempt(db(), { email: "Target@one.example", address: from(i) }, start + i)).toBeNull();
    expect(await takeSignInAttempt(db(), { email: "target@one.example", address: from(50) }, start + 60_000)).toBe(ACCOUNT_ATTEMPTS.windowMs / 1000 - 60);
    expect(await takeSignInAttempt(db(), { email: "other@one.example", address: from(51) }, start + 60_000)).toBeNull();
    expect(await takeSignInAttempt(db(), { email: "target@one.example", address: from(52) }, start + ACCOUNT_ATTEMPTS.windowMs)).toBeNull();
  });

  it("allows an address only so many attempts a minute, and attempts given back do not count", async () => {
    const start = 1_800_000_000_000;
    const attempt = (i: number) => ({ email: `user${i}@two.example`, address: "198.51.100.7" });
    for (let i = 0; i < ADDRESS_ATTEMPTS.max; i++) {
      // A successful sign-in is given back; a wrong password keeps its attempt.
      expect(await takeSignInAttempt(db(), attempt(100 + i), start + i)).toBeNull();
      await returnSignInAttempt(db(), attempt(100 + i));
      expect(await takeSignInAttempt(db(), attempt(i), start + i)).toBeNull();
    }
    expect(await takeSignInAttempt(db(), attempt(9), start + 30_000)).toBe(30);
    // The refused attempt spent nothing: its account is untouched.
    const [row] = await db().query<{ count: number }>("select count from sign_in_attempts where key = 'account-sign-in:user9@two.example'");
    expect(row?.count ?? 0).toBe(0);
    expect(await takeSignInAttempt(db(), attempt(9), start + ADDRESS_ATTEMPTS.windowMs)).toBeNull();
  });
});

import { randomBytes } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { createMember, removeMember } from "@/db/auth/users";
import type { Database } from "@/db/client";
import { createShareLink, listShareLinks, resolveShareLink, revokeShareLink } from "@/db/sharing/share-links";
import { redeemToken } from "@/db/auth/redeem-token";
import { createWallboardToken, listWallboardTokens, revokeWallboardToken } from "@/db/sharing/wallboard-tokens";
import { hashApiToken } from "@/lib/auth/api-token";
import { ShareToken, shareLinkExpiry, WallboardToken } from "@/lib/sharing/tokens";
import { createTestOrg, describeEachDatabase } from "../support/db";

// Share links and wallboard tokens in the database: only hashes stored, expiry and revocation
// honoured, and an org's ids never reach another org's rows.
const Q3 = { from: "2026-07-01", to: "2026-09-30" };
const inDays = (days: number) => shareLinkExpiry(new Date(), days);

interface Org {
  orgId: number;
  clientId: number;
  managerId: string;
}

async function seedOrg(db: Database): Promise<Org> {
  const orgId = await createTestOrg(db);
  const [client] = await db.query<{ id: number }>("insert into clients (org_id, name, source) values ($1, $2, 'test') returning id", [orgId, `Client ${orgId}`]);
  const managerId = await createMember(db, orgId, { name: "Mia Manager", email: `mia-${randomBytes(4).toString("hex")}@example.com`, password: "manager-pass-1", role: "manager" });
  return { orgId, clientId: client!.id, managerId };
}

describeEachDatabase("share links and wallboard tokens", (db) => {
  let a: Org;
  let b: Org;
  beforeAll(async () => {
    a = await seedOrg(db());
    b = await seedOrg(db());
  });

  it("share links store only the token's hash and open the client's report for the period", async () => {
    const link = await createShareLink(db(), a.orgId, { clientId: a.clientId, period: Q3, expiresAt: inDays(30), createdBy: a.managerId });
    expect(ShareToken.safeParse(link!.token).success).toBe(true);
    const stored = await db().query<{ token_hash: string }>("select token_hash from share_links where org_id = $1 and id = $2", [a.orgId, link!.id]);
    expect(stored[0]!.token_hash).toBe(hashApiToken(link!.token));
    expect(JSON.stringify(await db().query("select * from share_links"))).not.toContain(link!.token);
    expect(await resolveShareLink(db(), link!.token)).toEqual({ linkId: link!.id, orgId: a.orgId, clientId: a.clientId, period: Q3 });
    const [listed] = await listShareLinks(db(), a.orgId, a.clientId);
    expect(listed).toMatchObject({ id: link!.id, period: Q3, createdByName: "Mia Manager", revokedAt: null });
    expect(link!.token.startsWith(listed!.prefix)).toBe(true);
  });

  it("share links stop working once expired or revoked", async () => {
    const expired = await createShareLink(db(), a.orgId, { clientId: a.clientId, period: Q3, expiresAt: new Date(Date.now() - 1000), createdBy: a.managerId });
    expect(await resolveShareLink(db(), expired!.token)).toBeNull();
    const live = await createShareLink(db(), a.orgId, { clientId: a.clientId, period: Q3, expiresAt: inDays(7), createdBy: a.managerId });
    expect(await revokeShareLink(db(), a.orgId, live!.id)).toEqual({ clientId: a.clientId });
    expect(await resolveShareLink(db(), live!.token)).toBeNull();
    expect(await revokeShareLink(db(), a.orgId, live!.id)).toBeNull();
    expect(await resolveShareLink(db(), `${live!.token.slice(0, -1)}x`)).toBeNull();
  });

  it("share links never reach across orgs: no link to another org's client, no revoking another org's link", async () => {
    expect(await createShareLink(db(), a.orgId, { clientId: b.clientId, period: Q3, expiresAt: inDays(30), createdBy: a.managerId })).toBeNull();
    const bLink = await createShareLink(db(), b.orgId, { clientId: b.clientId, period: Q3, expiresAt: inDays(30), createdBy: b.managerId });
    expect(await revokeShareLink(db(), a.orgId, bLink!.id)).toBeNull();
    expect(await listShareLinks(db(), a.orgId, b.clientId)).toEqual([]);
    expect((await resolveShareLink(db(), bLink!.token))?.orgId).toBe(b.orgId);
    // The composite foreign key refuses a row pairing A's org with B's client, whatever the code does.
    await expect(
      db().query("insert into share_links (org_id, client_id, period_from, period_to, token_hash, prefix, expires_at) values ($1, $2, '2026-07-01', '2026-09-30', 'x', 'x', now())", [a.orgId, b.clientId]),
    ).rejects.toThrow();
  });

  it("wallboard tokens store only the hash, redeem to their org and record their use", async () => {
    const { id, token } = await createWallboardToken(db(), a.orgId, { name: "Service desk TV", createdBy: a.managerId });
    expect(WallboardToken.safeParse(token).success).toBe(true);
    expect(JSON.stringify(await db().query("select * from wallboard_tokens"))).not.toContain(token);
    expect(await redeemToken(db(), "wallboard", token)).toEqual({ id, orgId: a.orgId, role: "viewer", createdBy: a.managerId });
    // A wallboard token is no API token.
    expect(await redeemToken(db(), "api", token)).toBeNull();
    const [listed] = await listWallboardTokens(db(), a.orgId);
    expect(listed).toMatchObject({ id, name: "Service desk TV", createdByName: "Mia Manager", revokedAt: null });
    expect(listed!.lastUsedAt).toBeInstanceOf(Date);
    expect(await listWallboardTokens(db(), b.orgId)).toEqual([]);
  });

  it("wallboard tokens are refused once revoked, revoked only by their own org, and refused when their creator has left", async () => {
    const { id, token } = await createWallboardToken(db(), a.orgId, { name: "Lobby", createdBy: a.managerId });
    expect(await revokeWallboardToken(db(), b.orgId, id)).toBe(false);
    expect(await redeemToken(db(), "wallboard", token)).not.toBeNull();
    expect(await revokeWallboardToken(db(), a.orgId, id)).toBe(true);
    expect(await redeemToken(db(), "wallboard", token)).toBeNull();

    const leaving = await createWallboardToken(db(), b.orgId, { name: "Office", createdBy: b.managerId });
    expect(await redeemToken(db(), "wallboard", leaving.token)).not.toBeNull();
    await removeMember(db(), b.orgId, b.managerId);
    expect(await redeemToken(db(), "wallboard", leaving.token)).toBeNull();
  });
});

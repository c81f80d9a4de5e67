import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { copyMigratedPglite } from "../support/db";

// The digest's unsubscribe link called in-process with real requests, on the app's own database
// handle (a PGlite folder of its own). A GET must change nothing (mail scanners open links); the
// confirmation page's button and a mail client's RFC 8058 one-click POST unsubscribe, signed out.
// next/headers needs Next's request scope, and the page's language switch Next's router: the mocks
// stand in for Next here.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "accept-language": "de-DE" }), cookies: async () => new Map() }));
vi.mock("next/navigation", async (actual) => ({ ...(await actual<typeof import("next/navigation")>()), useRouter: () => ({ refresh: () => {} }) }));

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-unsubscribe-"));
// A migrated folder: the app's handle skips initdb and every migration.
copyMigratedPglite(path.join(dir, "pglite"));
process.env.PGLITE_DIR = path.join(dir, "pglite");
process.env.DATABASE_URL = "";
const { GET, POST } = await import("@/app/api/digest/unsubscribe/route");
const { default: UnsubscribedPage } = await import("@/app/unsubscribed/page");
const { getDb } = await import("@/server/database");
const { unsubscribeUrlFor } = await import("@/server/digest/build");
const { getDefaultOrgId } = await import("@/db/queries/org-settings");
const { createMember } = await import("@/db/auth/users");
const { getDigestSubscription, saveDigestSubscription } = await import("@/db/digest/subscriptions");

let member: { orgId: number; userId: string };
let link: string;

beforeAll(async () => {
  const db = await getDb();
  const orgId = await getDefaultOrgId(db);
  member = { orgId, userId: await createMember(db, orgId, { name: "Ada", email: "ada@unsubscribe.example", password: "a-long-password-1", role: "owner" }) };
  link = await unsubscribeUrlFor(db, member);
});
afterAll(async () => {
  await (await getDb()).close();
  rmSync(dir, { recursive: true, force: true });
});

const subscribed = async () => (await getDigestSubscription(await getDb(), member.orgId, member.userId))?.subscribed;
const post = (url: string, body?: BodyInit) => POST(new NextRequest(url, { method: "POST", body }));
const oneClick = () => new URLSearchParams({ "List-Unsubscribe": "One-Click" });
const subscribeAgain = async () => saveDigestSubscription(await getDb(), member.orgId, member.userId, { subscribed: true, weekday: 1, hour: 7, locale: "en" });

describe("the digest's unsubscribe link", () => {
  it("GET leads to the confirmation page and unsubscribes nobody", async () => {
    const token = new URL(link).searchParams.get("token")!;
    const response = GET(new NextRequest(link));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/unsubscribed");
    expect(location.searchParams.get("token")).toBe(token);
    expect(await subscribed()).toBe(true);

    // The page asks (in the visitor's language) and posts the confirmation to the signed link.
    const html = renderToStaticMarkup(await UnsubscribedPage({ searchParams: Promise.resolve({ token }) }));
    expect(html).toContain("Wöchentlichen Überblick abbestellen?");
    expect(html).toContain("ada@unsubscribe.example");
    expect(html).toContain(`<form action="/api/digest/unsubscribe?token=${token}" method="post">`);
    expect(html).toContain('<input type="hidden" name="confirm" value="yes"/>');
    await expect(UnsubscribedPage({ searchParams: Promise.resolve({ token: `${token.slice(0, -1)}x` }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await subscribed()).toBe(true);
  });

  it("the page's button unsubscribes and comes back to the confirmation", async () => {
    const form = new FormData();
    form.set("confirm", "yes");
    const response = await post(link, form);
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/unsubscribed");
    expect(new URL(response.headers.get("location")!).search).toBe("");
    expect(await subscribed()).toBe(false);
  });

  it("a mail client's one-click POST (RFC 8058) unsubscribes; other bodies and tampered links change nothing", async () => {
    await subscribeAgain();
    expect((await post(link)).status).toBe(400);
    expect((await post(link, new URLSearchParams({ "List-Unsubscribe": "Maybe" }))).status).toBe(400);
    expect((await post(link.replace(/.$/, (c) => (c === "A" ? "B" : "A")), oneClick())).status).toBe(404);
    expect(await subscribed()).toBe(true);

    const response = await post(link, oneClick());
    expect(response.status).toBe(200);
    expect(await subscribed()).toBe(false);
    // Again: still unsubscribed, still fine.
    expect((await post(link, oneClick())).status).toBe(200);
  });
});

import { expect, it } from "vitest";
import { createMember, membershipOf, rememberUiLocale } from "@/db/auth/users";
import { getDigestSubscription, saveDigestSubscription, unsubscribeFromDigest } from "@/db/digest/subscriptions";
import { createTestOrg, describeEachDatabase } from "../support/db";

// The digest's language, until the member saves their digest settings, is the UI language their
// pages were last shown in (recorded by pageContext), not English.

describeEachDatabase("digest language", (db) => {
  it("follows the member's UI language until they pick one; English before any page was seen", async () => {
    const orgId = await createTestOrg(db());
    const userId = await createMember(db(), orgId, { name: "Jonas", email: `jonas-${orgId}@example.test`, password: "a-long-password-1", role: "manager" });
    const language = async () => (await getDigestSubscription(db(), orgId, userId))?.locale;
    expect(await language()).toBe("en");
    expect((await membershipOf(db(), userId))?.uiLocale).toBeNull();

    await rememberUiLocale(db(), userId, "de");
    expect((await membershipOf(db(), userId))?.uiLocale).toBe("de");
    expect(await language()).toBe("de");
    // Unsubscribing writes a row but picks no language.
    await unsubscribeFromDigest(db(), orgId, userId);
    expect(await language()).toBe("de");

    await saveDigestSubscription(db(), orgId, userId, { subscribed: true, weekday: 1, hour: 7, locale: "en" });
    await rememberUiLocale(db(), userId, "de");
    expect(await language()).toBe("en");
  });
});

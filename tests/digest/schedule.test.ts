import { describe, expect, it } from "vitest";
import { digestWeek, nextDigestDue } from "@/lib/digest/schedule";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/digest/unsubscribe-token";

describe("when a digest is due", () => {
  const monday7 = { weekday: 1, hour: 7 };

  it("is the next weekday and hour in the org's time zone, strictly after the given instant", () => {
    expect(nextDigestDue(new Date("2026-03-08T12:00:00Z"), monday7, "Europe/Berlin")).toEqual(new Date("2026-03-09T06:00:00Z"));
    expect(nextDigestDue(new Date("2026-03-09T06:00:00Z"), monday7, "Europe/Berlin")).toEqual(new Date("2026-03-16T06:00:00Z"));
    expect(nextDigestDue(new Date("2026-03-09T05:59:59Z"), monday7, "Europe/Berlin")).toEqual(new Date("2026-03-09T06:00:00Z"));
    expect(nextDigestDue(new Date("2026-03-09T06:00:00Z"), { weekday: 5, hour: 17 }, "America/New_York")).toEqual(new Date("2026-03-13T21:00:00Z"));
  });

  it("follows daylight saving time: 07:00 in Berlin is 06:00 UTC in March and 05:00 UTC after the switch", () => {
    expect(nextDigestDue(new Date("2026-03-23T06:00:00Z"), monday7, "Europe/Berlin")).toEqual(new Date("2026-03-30T05:00:00Z"));
  });

  it("covers the last full ISO week of the org's calendar", () => {
    // Monday 00:30 in Berlin is still Sunday in UTC: the week that ended is the one before.
    expect(digestWeek(new Date("2026-03-08T23:30:00Z"), "Europe/Berlin")).toEqual({ period: { from: "2026-03-02", to: "2026-03-08" }, week: "2026-W10" });
    expect(digestWeek(new Date("2026-03-08T23:30:00Z"), "UTC")).toEqual({ period: { from: "2026-02-23", to: "2026-03-01" }, week: "2026-W09" });
    expect(digestWeek(new Date("2027-01-04T08:00:00Z"), "UTC").week).toBe("2026-W53");
  });
});

describe("unsubscribe tokens", () => {
  const secret = "s".repeat(32);
  const recipient = { orgId: 7, userId: "0b6f3c1e-8c3f-4e65-9a51-0f9f3b2a7d11" };

  it("verify for the recipient they were signed for", () => {
    expect(verifyUnsubscribeToken(secret, signUnsubscribeToken(secret, recipient))).toEqual(recipient);
  });

  it("are refused when tampered with, signed with another secret, or malformed", () => {
    const token = signUnsubscribeToken(secret, recipient);
    const otherUser = token.replace(recipient.userId, "0b6f3c1e-8c3f-4e65-9a51-0f9f3b2a7d12");
    expect(verifyUnsubscribeToken(secret, otherUser)).toBeNull();
    expect(verifyUnsubscribeToken(secret, token.replace(/^7\./, "8."))).toBeNull();
    expect(verifyUnsubscribeToken("t".repeat(32), token)).toBeNull();
    expect(verifyUnsubscribeToken(secret, `${token}x`)).toBeNull();
    expect(verifyUnsubscribeToken(secret, "")).toBeNull();
  });
});

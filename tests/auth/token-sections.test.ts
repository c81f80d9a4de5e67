import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TokensSection } from "@/app/settings/access/tokens-section";
import { WallboardSection } from "@/app/settings/access/wallboard-section";

// Settings → Users and access lists API tokens and wallboard tokens in one table component: each
// with the column of its own kind (role, creator), and a revoke button named after the token.

const dates = { createdAt: "2026-03-04T09:00:00Z", lastUsedAt: null, revoked: false };
const cells = (html: string) => [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

describe("token tables", () => {
  it("API tokens: name, prefix, role, dates, status; revoked ones have no button", () => {
    const html = renderToStaticMarkup(
      createElement(TokensSection, {
        tokens: [{ id: 1, name: "CI", prefix: "mkpi_ab12", role: "viewer", ...dates }, { id: 2, name: "Old", prefix: "mkpi_cd34", role: "owner", ...dates, revoked: true }],
        timeZone: "UTC",
      }),
    );
    expect(html).toContain('<caption class="sr-only">API tokens</caption>');
    expect(cells(html).slice(0, 6)).toEqual(["CI", "mkpi_ab12…", "Viewer", "Mar 4, 2026, 9:00 AM", "Never", "Active"]);
    expect(html).toContain('aria-label="Revoke: CI"');
    expect(html).not.toContain('aria-label="Revoke: Old"');
  });

  it("wallboard tokens: the creator (or a former member) in place of the role, the prefix on the row", () => {
    const html = renderToStaticMarkup(
      createElement(WallboardSection, { tokens: [{ id: 3, name: "Lobby TV", prefix: "mkwb_ef56", createdByName: null, ...dates }], timeZone: "UTC" }),
    );
    expect(html).toContain('<caption class="sr-only">Wallboard tokens</caption>');
    expect(html).toContain('data-wallboard-token="mkwb_ef56"');
    expect(cells(html).slice(0, 3)).toEqual(["Lobby TV", "mkwb_ef56…", "former member"]);
    expect(html).toContain('aria-label="Revoke: Lobby TV"');
  });
});

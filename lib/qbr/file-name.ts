import type { Period } from "@/lib/kpi/period";

// QBR file names name the client readably in any script: Latin accents are folded ("Müller" →
// "muller"), other letters are kept ("東京商事株式会社", "ооо-ромашка"). A bulk export also needs
// them unique, which a readable name alone cannot promise ("Acme" and "ACME!" read the same).

const MAX_SLUG = 60;

function clientSlug(clientName: string): string {
  const slug = clientName
    .normalize("NFKD")
    // Only Latin loses its marks: elsewhere a mark can change the letter (ジ is シ plus a mark).
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-|-$/g, "");
  return [...slug].slice(0, MAX_SLUG).join("").replace(/-$/, "");
}

/** "Nordlicht Logistik GmbH", Q1 2026 → "qbr-nordlicht-logistik-gmbh-2026-01-01-2026-03-31" (no extension). */
export function qbrFileStem(clientName: string, period: Period): string {
  return `qbr-${clientSlug(clientName) || "client"}-${period.from}-${period.to}`;
}

/**
 * One file name per client for a bulk export. Where names would repeat (or read as nothing), the
 * client id follows the slug after "_", which no slug contains: the names cannot collide.
 */
export function uniqueQbrFileNames(clients: { id: number; name: string }[], period: Period, extension: string): Map<number, string> {
  const slugs = new Map(clients.map((c) => [c.id, clientSlug(c.name)]));
  const uses = new Map<string, number>();
  for (const slug of slugs.values()) uses.set(slug, (uses.get(slug) ?? 0) + 1);
  return new Map(
    clients.map((c) => {
      const slug = slugs.get(c.id)!;
      const unique = slug !== "" && uses.get(slug) === 1 ? slug : `${slug || "client"}_${c.id}`;
      return [c.id, `qbr-${unique}-${period.from}-${period.to}.${extension}`];
    }),
  );
}

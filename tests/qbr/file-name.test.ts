import { describe, expect, it } from "vitest";
import { qbrFileStem, uniqueQbrFileNames } from "@/lib/qbr/file-name";

const Q1 = { from: "2026-01-01", to: "2026-03-31" };

describe("QBR file names", () => {
  it("fold Latin accents and keep the letters of other scripts", () => {
    expect(qbrFileStem("Nordlicht Logistik GmbH", Q1)).toBe("qbr-nordlicht-logistik-gmbh-2026-01-01-2026-03-31");
    expect(qbrFileStem("Müller & Söhne Straße", Q1)).toBe("qbr-muller-sohne-strasse-2026-01-01-2026-03-31");
    expect(qbrFileStem("東京商事株式会社", Q1)).toBe("qbr-東京商事株式会社-2026-01-01-2026-03-31");
    expect(qbrFileStem("ООО Ромашка", Q1)).toBe("qbr-ооо-ромашка-2026-01-01-2026-03-31");
    // A mark outside Latin is part of the letter: ジ stays ジ, not シ.
    expect(qbrFileStem("ジェイ商会", Q1)).toBe("qbr-ジェイ商会-2026-01-01-2026-03-31");
    expect(qbrFileStem("हिन्दी सेवा", Q1)).toBe("qbr-हिन्दी-सेवा-2026-01-01-2026-03-31");
  });

  it("keep a long name within a file system's limits", () => {
    expect(qbrFileStem("株".repeat(300), Q1)).toBe(`qbr-${"株".repeat(60)}-2026-01-01-2026-03-31`);
  });

  it("in a bulk export, add the client id where names would repeat or read as nothing", () => {
    const names = uniqueQbrFileNames(
      [
        { id: 1, name: "Acme" },
        { id: 2, name: "ACME!" },
        { id: 3, name: "Acme 2" },
        { id: 4, name: "¿?" },
        { id: 5, name: "Client" },
        { id: 6, name: "ООО Ромашка" },
      ],
      Q1,
      "pdf",
    );
    expect([...names.values()]).toEqual([
      "qbr-acme_1-2026-01-01-2026-03-31.pdf",
      "qbr-acme_2-2026-01-01-2026-03-31.pdf",
      "qbr-acme-2-2026-01-01-2026-03-31.pdf",
      "qbr-client_4-2026-01-01-2026-03-31.pdf",
      "qbr-client-2026-01-01-2026-03-31.pdf",
      "qbr-ооо-ромашка-2026-01-01-2026-03-31.pdf",
    ]);
  });
});

// Header matching is tolerant: "Date Opened", "date_opened", "dateOpened", "DATE-OPENED",
// "company/name" and "company.name" all compare equal after normalisation (case folded, everything
// that is not a letter or digit dropped; camelCase needs no splitting once case is folded).

const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

export function normalizeHeader(header: string): string {
  return header.normalize("NFC").toLowerCase().replace(NOT_ALNUM, "");
}

/** Drops a byte-order mark that was decoded as text (a UTF-8 BOM read as windows-1252 is "ï»¿"). */
export function stripBom(header: string): string {
  if (header.charCodeAt(0) === 0xfeff) return header.slice(1);
  if (header.startsWith("\u00ef\u00bb\u00bf")) return header.slice(3);
  return header;
}

/** Index of `wanted` in `headers`: an exact (trimmed) match first, else a normalised one; -1 when absent. */
export function findHeader(headers: readonly string[], wanted: string): number {
  const exact = headers.findIndex((h) => h.trim() === wanted.trim());
  if (exact >= 0) return exact;
  const key = normalizeHeader(wanted);
  if (key === "") return -1;
  return headers.findIndex((h) => normalizeHeader(h) === key);
}

// PowerShell's Export-Csv without -NoTypeInformation writes "#TYPE System.Management.Automation.PSCustomObject"
// above the header row; it is no data and no header.
const TYPE_LINE = /^#TYPE\s/i;

/** true for the "#TYPE …" line PowerShell writes above the header row. */
export function isTypeInformationLine(cells: readonly string[]): boolean {
  return cells.length === 1 && TYPE_LINE.test(stripBom(cells[0]!));
}

/** The text without a leading "#TYPE …" line (and the BOM before it), for delimiter detection. */
export function withoutTypeInformationLine(text: string): string {
  return text.replace(/^(\uFEFF)?#TYPE\s[^\r\n]*(\r\n|\r|\n)?/i, "");
}

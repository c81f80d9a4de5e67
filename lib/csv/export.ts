// CSV writer for downloads: RFC 4180 quoting, CRLF line ends, optional UTF-8 BOM (Excel needs it to
// read umlauts), and formula-injection escaping (OWASP "CSV injection").

export interface CsvOptions {
  /** Prefix U+FEFF so Excel opens the file as UTF-8. Default false. */
  bom?: boolean;
  /** Field separator; ";" suits Excel with a German locale. Default ",". */
  delimiter?: "," | ";" | "\t";
}

// A spreadsheet treats a cell starting with one of these as a formula (or strips the control char
// and then does). Escaped by a leading apostrophe, which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r\n]/;
// ... but a plain negative number such as "-12.5" is data, not a formula, and stays a number.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "";
}

/** One field, escaped: neutralise formulas first, then quote if it holds a delimiter, quote or line break. */
export function csvField(value: unknown, delimiter: string = ","): string {
  let text = cellText(value);
  if (typeof value !== "number" && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) {
    text = `'${text}`;
  }
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r");
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: its fields escaped, joined, ended with CRLF. */
export function csvLine(fields: unknown[], delimiter: string = ","): string {
  return fields.map((f) => csvField(f, delimiter)).join(delimiter) + "\r\n";
}

/** toCsv(["Client", "MRR"], [["Acme", 1200.5]]) → "Client,MRR\r\nAcme,1200.5\r\n" */
export function toCsv(headers: string[], rows: unknown[][], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const line = (fields: unknown[]) => csvLine(fields, delimiter);
  let out = options.bom ? "\uFEFF" : "";
  out += line(headers);
  for (const row of rows) out += line(row);
  return out;
}

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodeQuotedPrintable, readMail } from "../alerts-db/helpers";

export interface ReportMessage {
  subject: string;
  text: string;
  /** The attachment's file name and its text as pdftotext reads it. */
  pdf: { fileName: string; text: string } | null;
}

function partsOf(data: string): { head: string; body: string }[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(data.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " "))?.[1];
  if (!boundary) throw new Error("not a multipart message");
  return data
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head = "", ...rest] = part.replace(/^\r?\n/, "").split(/\r?\n\r?\n/);
      return { head: head.replace(/\r?\n[ \t]+/g, " "), body: rest.join("\n\n") };
    });
}

/** A received client report: its subject, plain-text letter, and the attached PDF read by poppler's pdftotext. */
export function readReportMail(data: string): ReportMessage {
  const parts = partsOf(data);
  const textPart = parts.find((p) => /content-type: *text\/plain/i.test(p.head));
  const pdfPart = parts.find((p) => /content-type: *application\/pdf/i.test(p.head));
  let pdf: ReportMessage["pdf"] = null;
  if (pdfPart) {
    const dir = mkdtempSync(path.join(tmpdir(), "client-report-"));
    try {
      const file = path.join(dir, "report.pdf");
      writeFileSync(file, Buffer.from(pdfPart.body.replace(/\s+/g, ""), "base64"));
      pdf = { fileName: /filename="?([^";]+)"?/i.exec(pdfPart.head)?.[1] ?? "", text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const body = textPart ? (/quoted-printable/i.test(textPart.head) ? decodeQuotedPrintable(textPart.body) : textPart.body) : "";
  return { subject: readMail(data).subject, text: body.replace(/\r\n/g, "\n"), pdf };
}

import { decodeQuotedPrintable, readMail } from "../alerts-db/helpers";

export interface DigestMessage {
  subject: string;
  headers: string;
  text: string;
  html: string;
}

function decodePart(part: string): { type: string; body: string } {
  const [head = "", ...rest] = part.replace(/^\r?\n/, "").split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const encoding = /content-transfer-encoding: *([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const decoded = encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { type: /content-type: *([\w/]+)/i.exec(head)?.[1]?.toLowerCase() ?? "", body: decoded.replace(/\r\n/g, "\n") };
}

/** The subject, the header block and the text and HTML parts of a received multipart/alternative message. */
export function readDigestMail(data: string): DigestMessage {
  const [head = ""] = data.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!boundary) throw new Error("not a multipart message");
  const parts = data.split(`--${boundary}`).slice(1, -1).map(decodePart);
  return {
    subject: readMail(data).subject,
    headers,
    text: parts.find((p) => p.type === "text/plain")?.body ?? "",
    html: parts.find((p) => p.type === "text/html")?.body ?? "",
  };
}

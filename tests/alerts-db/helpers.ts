import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { Database } from "@/db/client";
import { importText } from "../support/import-text";

export const TICKET_HEADER = "ticket_id,client,created_at,first_response_at,resolved_at,status,priority,technician,csat,subject";

/** Imports `count` tickets of one client created at `createdAt`, with ids `${prefix}-1…`. */
export async function importTickets(db: Database, orgId: number, client: string, createdAt: string, count: number, prefix: string) {
  const rows = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1},${client},${createdAt},,,open,P3,,,`);
  const result = await importText(db, orgId, [TICKET_HEADER, ...rows].join("\n"), { kind: "tickets", format: "generic" });
  if (result.status !== "completed" || result.inserted !== count) throw new Error(`import failed: ${JSON.stringify(result)}`);
}

export interface ReceivedRequest {
  body: string;
  contentType: string | undefined;
}

/** A real HTTP endpoint answering each request with the next status of `statuses` (the last one repeats). */
export async function startHttpEndpoint(statuses: number[]): Promise<{ url: string; received: ReceivedRequest[]; close: () => Promise<void> }> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ body, contentType: req.headers["content-type"] });
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP server on loopback that keeps every message it receives. */
export async function startSmtpServer(): Promise<{ url: string; received: ReceivedMail[]; close: () => Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A loopback port nothing listens on: connecting is refused at once. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hook`;
}

/** Quoted-printable → text (soft line breaks joined, =XX bytes decoded as UTF-8). */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === "=" && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** The subject (RFC 2047 Q-words decoded) and the quoted-printable text body of a received message. */
export function readMail(data: string): { subject: string; text: string } {
  const [head = "", ...rest] = data.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const raw = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? "";
  const subject = raw
    .replace(/\?= =\?/g, "?==?")
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, word: string) => decodeQuotedPrintable(word.replace(/_/g, " ")));
  return { subject, text: decodeQuotedPrintable(rest.join("\n\n")).replace(/\r\n/g, "\n") };
}

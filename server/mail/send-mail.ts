import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { NO_SMTP_TEXT, noAnswerText, TIMED_OUT_TEXT } from "@/lib/mail/delivery-errors";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra header lines, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Uint8Array; contentType: string }[];
}

let transport: { url: string; transporter: Transporter } | null = null;

/** The SMTP server to send over (tests pass their own; default SMTP_URL); throws when none is configured. */
export function smtpUrlOrThrow(smtpUrl: string | undefined = env.SMTP_URL): string {
  if (!smtpUrl) throw new AppError("unprocessable", NO_SMTP_TEXT);
  return smtpUrl;
}

/** Sends one message over SMTP_URL (passed explicitly by tests); throws when no SMTP is configured. */
export async function sendMail(message: MailMessage, smtpUrlOrDefault?: string): Promise<void> {
  const smtpUrl = smtpUrlOrThrow(smtpUrlOrDefault);
  if (transport?.url !== smtpUrl) transport = { url: smtpUrl, transporter: createTransport(smtpUrl) };
  const attachments = message.attachments?.map((a) => ({ ...a, content: Buffer.from(a.content) }));
  await transport.transporter.sendMail({ from: env.SMTP_FROM, ...message, attachments });
}

/**
 * A delivery's send (alert notices, client reports): fails after `timeoutMs` when the SMTP server
 * does not answer, so a hanging server fails that delivery, to be retried, instead of stalling the worker.
 */
export async function sendMailWithin(message: MailMessage, smtpUrl: string | undefined, timeoutMs: number): Promise<void> {
  await Promise.race([
    sendMail(message, smtpUrl),
    new Promise((_, reject) => setTimeout(() => reject(new Error(noAnswerText(timeoutMs))), timeoutMs).unref()),
  ]);
}

/** A failed delivery's reason as its log shows it. */
export function deliveryErrorText(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return TIMED_OUT_TEXT;
  if (error instanceof Error) return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
  return String(error);
}

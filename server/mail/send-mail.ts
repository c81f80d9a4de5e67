import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra header lines, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

let transport: { url: string; transporter: Transporter } | null = null;

/** Sends one message over SMTP_URL (passed explicitly by tests); throws when no SMTP is configured. */
export async function sendMail(message: MailMessage, smtpUrl: string | undefined = env.SMTP_URL): Promise<void> {
  if (!smtpUrl) throw new AppError("unprocessable", "No SMTP server is configured (set SMTP_URL).");
  if (transport?.url !== smtpUrl) transport = { url: smtpUrl, transporter: createTransport(smtpUrl) };
  await transport.transporter.sendMail({ from: env.SMTP_FROM, ...message });
}

import "server-only";
import { alertEmail, chatWebhookBody, type AlertNotice } from "@/lib/alerts";
import { env } from "@/lib/env";
import { deliveryErrorText, sendMailWithin } from "@/server/mail/send-mail";
import type { Database } from "@/db/client";
import { claimDueDeliveries, markDelivered, markDeliveryFailed, type ClaimedDelivery } from "@/db/alerts/deliveries";
import { postWebhook } from "./post-webhook";

// Sends due alert notifications. Each delivery is sent on its own with a timeout, so a slow or
// failing channel delays and fails only itself; failures are retried with back-off (lib/alerts/backoff).

export interface DeliverOptions {
  now?: () => Date;
  /** SMTP server for e-mail (tests pass their own); default SMTP_URL. */
  smtpUrl?: string;
  timeoutMs?: number;
  limit?: number;
  /** Internal hosts webhooks may post to; default MSP_KPI_ALLOWED_WEBHOOK_HOSTS. */
  allowedWebhookHosts?: readonly string[];
}

export interface DeliverResult {
  delivered: number;
  retrying: number;
  failed: number;
}

function alertsUrl(): string {
  return `${(env.MSP_KPI_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "")}/alerts`;
}

function notice(d: ClaimedDelivery): AlertNotice {
  return { ...d, threshold: Number(d.threshold), alertsUrl: alertsUrl() };
}

async function send(d: ClaimedDelivery, options: DeliverOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (d.channel === "webhook") {
    await postWebhook(d.target, JSON.stringify(chatWebhookBody(notice(d))), timeoutMs, options.allowedWebhookHosts ?? env.MSP_KPI_ALLOWED_WEBHOOK_HOSTS);
    return;
  }
  await sendMailWithin({ to: d.target, ...alertEmail(notice(d)) }, options.smtpUrl ?? env.SMTP_URL, timeoutMs);
}

export async function deliverDueAlerts(db: Database, options: DeliverOptions = {}): Promise<DeliverResult> {
  const clock = options.now ?? (() => new Date());
  const claimed = await claimDueDeliveries(db, clock(), options.limit);
  const result: DeliverResult = { delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (d) => {
      try {
        await send(d, options);
        await markDelivered(db, d, clock());
        result.delivered++;
      } catch (error) {
        const status = await markDeliveryFailed(db, d, deliveryErrorText(error), clock());
        result[status === "failed" ? "failed" : "retrying"]++;
      }
    }),
  );
  return result;
}

// Delivery retries (alert notices, client reports): a failed send is tried again after these waits, then parked as failed.
export const DELIVERY_BACKOFF_MS = [30_000, 120_000, 600_000, 3_600_000] as const;

/** When to try again after `attempts` failed tries, or null when the delivery has failed for good. */
export function nextDeliveryAttempt(attempts: number, now: Date): Date | null {
  const wait = DELIVERY_BACKOFF_MS[attempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait);
}

// A token bucket per endpoint, in process memory: `perMinute` tokens refill evenly over a minute
// and the bucket holds at most one minute's worth, so a tool may burst after a quiet spell.
// Several app instances each keep their own buckets (the limit is per instance).

interface Bucket {
  tokens: number;
  at: number;
  perMinute: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  take(key: string, perMinute: number, nowMs: number): TakeResult {
    const perMs = perMinute / 60_000;
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.perMinute !== perMinute) {
      bucket = { tokens: perMinute, at: nowMs, perMinute };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, nowMs - bucket.at) * perMs);
    bucket.at = nowMs;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }
}

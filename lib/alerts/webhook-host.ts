import { BlockList, isIP } from "node:net";

// The server posts alert webhooks from inside the MSP's network. A rule must not make it post to
// itself or to the internal network (loopback, private, link-local and other non-public ranges)
// unless an owner listed that host in MSP_KPI_ALLOWED_WEBHOOK_HOSTS. Checked on save by name, and
// at send time by the addresses the name resolves to (server/alerts/post-webhook.ts).
// Not exported from lib/alerts/index.ts: node:net must stay out of the browser bundle.

const NOT_PUBLIC = new BlockList();
const V4: [string, number][] = [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
];
const V6: [string, number][] = [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]];
for (const [net, prefix] of V4) NOT_PUBLIC.addSubnet(net, prefix, "ipv4");
// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are matched by the IPv4 ranges.
for (const [net, prefix] of V6) NOT_PUBLIC.addSubnet(net, prefix, "ipv6");

/** "[::1]" → "::1", "Example.COM." → "example.com": how hosts are compared with the allow-list. */
export function normalizeHost(host: string): string {
  return host.toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
}

/** Whether an IP address is one the internet routes to (false for anything that is not an IP). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && !NOT_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

export function isAllowedWebhookHost(host: string, allowedHosts: readonly string[]): boolean {
  return allowedHosts.includes(normalizeHost(host));
}

/**
 * The host of `url` when a rule may not post there: an address outside the public internet, or a
 * name that always means this machine; null when it may (or the owner allowed the host). Names
 * that resolve to internal addresses are caught at send time.
 */
export function refusedWebhookHost(url: string, allowedHosts: readonly string[]): string | null {
  const host = normalizeHost(new URL(url).hostname);
  if (allowedHosts.includes(host)) return null;
  const local = host === "localhost" || host.endsWith(".localhost");
  return local || (isIP(host) !== 0 && !isPublicAddress(host)) ? host : null;
}

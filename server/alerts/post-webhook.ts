import "server-only";
import { lookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isAllowedWebhookHost, isPublicAddress, normalizeHost } from "@/lib/alerts/webhook-host";

// Posts an alert to a chat webhook. Unless its host is allowed, every address the connection
// could use is checked after DNS resolution and before connecting, in the lookup the socket
// itself uses: a name that resolves to an internal address is refused, and so is one that
// answers publicly on save and privately at send time.

function refusal(host: string, address: string): Error {
  const what = host === address ? `${host} is` : `${host} resolves to ${address},`;
  return new Error(`refused: ${what} a loopback, private or link-local address (see MSP_KPI_ALLOWED_WEBHOOK_HOSTS)`);
}

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "");
    const internal = addresses.find((a) => !isPublicAddress(a.address));
    if (internal) return callback(refusal(hostname, internal.address), "");
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

export async function postWebhook(target: string, body: string, timeoutMs: number, allowedHosts: readonly string[]): Promise<void> {
  const url = new URL(target);
  const host = normalizeHost(url.hostname);
  const allowed = isAllowedWebhookHost(host, allowedHosts);
  // An address in the URL is never looked up: it is checked as it stands.
  if (!allowed && isIP(host) !== 0 && !isPublicAddress(host)) throw refusal(host, host);
  const options: RequestOptions = {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    lookup: allowed ? undefined : publicOnlyLookup,
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  const status = await new Promise<{ code: number; text: string }>((resolve, reject) => {
    const request = send(url, options, (response) => {
      response.resume();
      response.on("end", () => resolve({ code: response.statusCode ?? 0, text: response.statusMessage ?? "" }));
      response.on("error", reject);
    });
    const timer = setTimeout(() => request.destroy(Object.assign(new Error("timed out"), { name: "TimeoutError" })), timeoutMs);
    request.on("close", () => clearTimeout(timer));
    request.on("error", reject);
    request.end(body);
  });
  // Redirects are not followed: a 3xx is a failure, as with fetch's redirect: "error".
  if (status.code < 200 || status.code > 299) throw new Error(`HTTP ${status.code} ${status.text}`.trim());
}

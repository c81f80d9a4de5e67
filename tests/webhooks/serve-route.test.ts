import { describe, expect, it } from "vitest";
import { webhookRouteOf } from "@/scripts/lib/serve";

// The production server answers exactly the requests Next's webhook route would get: POSTs to
// /api/webhooks/<source>/<endpoint-id>, segments decoded; everything else goes to Next.
describe("webhookRouteOf", () => {
  it("takes POSTs to /api/webhooks/<source>/<endpoint-id>, with or without a query", () => {
    expect(webhookRouteOf("POST", "/api/webhooks/generic/abc123")).toEqual({ source: "generic", endpointId: "abc123" });
    expect(webhookRouteOf("POST", "/api/webhooks/datto-rmm/abc123?x=1")).toEqual({ source: "datto-rmm", endpointId: "abc123" });
    expect(webhookRouteOf("POST", "/api/webhooks/generic/a%2Db")).toEqual({ source: "generic", endpointId: "a-b" });
  });

  it("leaves other methods, paths and malformed escapes to Next", () => {
    expect(webhookRouteOf("GET", "/api/webhooks/generic/abc123")).toBeNull();
    expect(webhookRouteOf("POST", "/api/webhooks/generic/abc123/")).toBeNull();
    expect(webhookRouteOf("POST", "/api/webhooks/generic")).toBeNull();
    expect(webhookRouteOf("POST", "/api/webhooks-admin/endpoints")).toBeNull();
    expect(webhookRouteOf("POST", "/api/webhooks/generic/a/b")).toBeNull();
    expect(webhookRouteOf("POST", "/api/webhooks/generic/%E0%A4%A")).toBeNull();
    expect(webhookRouteOf("POST", undefined)).toBeNull();
  });
});

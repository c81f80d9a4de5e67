import { describe, expect, it } from "vitest";
import { isWeekday, records, TODAY } from "./support";

describe("demo records refer to each other", () => {
  const clients = records("clients");
  const clientKeys = new Set(clients.flatMap((c) => [c.client_id.toLowerCase(), c.name.toLowerCase()]));
  const technicians = new Set(records("technicians").map((t) => t.technician));
  const tickets = records("tickets");
  const devices = records("devices");

  it("every client reference names a client in clients.csv, by client_id or name", () => {
    const refs = [
      ...records("contracts").map((r) => r.client),
      ...tickets.map((r) => r.client),
      ...records("time").map((r) => r.client),
      ...devices.map((r) => r.client),
    ];
    expect(refs.filter((r) => !clientKeys.has(r.trim().toLowerCase()))).toEqual([]);
  });

  it("every technician reference names a technician in technicians.csv", () => {
    const refs = [...tickets.flatMap((t) => (t.technician ? [t.technician] : [])), ...records("time").map((e) => e.technician)];
    expect(refs.filter((r) => !technicians.has(r))).toEqual([]);
  });

  it("every device in device-status exists in devices.csv and is managed when observed", () => {
    const byId = new Map(devices.map((d) => [d.device_id, d]));
    const bad = records("device-status").filter((s) => {
      const d = byId.get(s.device_id);
      const day = s.observed_at.slice(0, 10);
      return !d || (d.managed_since !== null && day < d.managed_since) || (d.retired_on !== null && day >= d.retired_on);
    });
    expect(bad).toEqual([]);
  });

  it("time entries point at existing tickets of the same client, on weekdays only", () => {
    const clientOf = new Map(tickets.map((t) => [t.ticket_id, t.client]));
    const bad = records("time").filter(
      (e) => !isWeekday(e.work_date) || (e.ticket_id !== null && clientOf.get(e.ticket_id) !== e.client),
    );
    expect(bad).toEqual([]);
  });

  it("technicians only log time once they are active", () => {
    const from = new Map(records("technicians").map((t) => [t.technician, t.active_from]));
    const early = records("time").filter((e) => {
      const activeFrom = from.get(e.technician);
      return activeFrom != null && e.work_date < activeFrom;
    });
    expect(early).toEqual([]);
  });

  it("ticket timestamps are in order and never after today", () => {
    const bad = tickets.filter(
      (t) =>
        (t.first_response_at !== null && t.first_response_at < t.created_at) ||
        (t.resolved_at !== null && t.resolved_at < (t.first_response_at ?? t.created_at)) ||
        t.created_at.slice(0, 10) > TODAY,
    );
    expect(bad).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { computeTickets, slaOutcome } from "@/lib/kpi/reference";
import { dataset, device, entry, JAN, settings, ticket } from "./factories";

const utc = settings();
const berlin = settings({ timeZone: "Europe/Berlin" });
const FEB = { from: "2026-02-01", to: "2026-02-28" };

describe("tickets created: local dates in the organisation's time zone", () => {
  const late = ticket({ created_at: "2026-01-31T23:30:00Z" });
  it("23:30 UTC on 31 January is a February ticket in Europe/Berlin", () => {
    const data = dataset({ tickets: [late] });
    expect(computeTickets(data, JAN, berlin).tickets_created).toBe(0);
    expect(computeTickets(data, FEB, berlin)).toMatchObject({ tickets_created: 1, by_month: { "2026-02": 1 } });
  });
  it("… and a January ticket in UTC", () => {
    const data = dataset({ tickets: [late] });
    expect(computeTickets(data, JAN, utc)).toMatchObject({ tickets_created: 1, by_month: { "2026-01": 1 } });
    expect(computeTickets(data, FEB, utc).tickets_created).toBe(0);
  });
});

describe("per week, per month, per client", () => {
  it("January 2026 spans ISO weeks W01 (29 Dec–4 Jan) to W05 (26 Jan–1 Feb); empty weeks show 0", () => {
    const tickets = [
      ticket({ created_at: "2026-01-02T10:00:00Z" }),
      ticket({ created_at: "2026-01-04T10:00:00Z" }),
      ticket({ created_at: "2026-01-20T10:00:00Z" }),
      ticket({ created_at: "2025-12-30T10:00:00Z" }), // W01 too, but before P
    ];
    const t = computeTickets(dataset({ tickets }), JAN, utc);
    expect(t.by_week).toEqual({ "2026-W01": 2, "2026-W02": 0, "2026-W03": 0, "2026-W04": 1, "2026-W05": 0 });
    expect(t.by_month).toEqual({ "2026-01": 3 });
  });

  it("by client: Acme 2 tickets + 3.5 billable h; Beta 0 tickets + 1.25 billable h; Gamma (only non-billable time) left out", () => {
    const tickets = [ticket({ created_at: "2026-01-05T09:00:00Z" }), ticket({ created_at: "2026-01-06T09:00:00Z" })];
    const timeEntries = [
      entry({ technician: "Ann", client: "Acme", work_date: "2026-01-05", hours: "2" }),
      entry({ technician: "Ann", client: "Acme", work_date: "2026-01-06", hours: "1.5" }),
      entry({ technician: "Ann", client: "Acme", work_date: "2026-01-07", hours: "9", billable: false }),
      entry({ technician: "Ann", client: "Beta", work_date: "2026-01-07", hours: "1.25" }),
      entry({ technician: "Ann", client: "Gamma", work_date: "2026-01-07", hours: "4", billable: false }),
      entry({ technician: "Ann", client: "Delta", work_date: "2026-02-07", hours: "4" }),
    ];
    expect(computeTickets(dataset({ tickets, timeEntries }), JAN, utc).by_client).toEqual({
      Acme: { tickets_created: 2, billed_hours: 3.5 },
      Beta: { tickets_created: 0, billed_hours: 1.25 },
    });
  });
});

describe("response and resolution medians", () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 10, 8, 0) + minutes * 60_000).toISOString().replace(".000Z", "Z");
  it("first response after 10, 20, 40, 90 min: median (20 + 40) / 2 = 30 min; a ticket without response is left out", () => {
    const tickets = [10, 20, 40, 90].map((m) => ticket({ created_at: at(0), first_response_at: at(m) }));
    tickets.push(ticket({ created_at: at(0) }));
    expect(computeTickets(dataset({ tickets }), JAN, utc).first_response_minutes).toBe(30);
  });

  it("microseconds count: 60.000001 s → 1.0000 min; 89.997 s → 1.49995 → 1.5000 min (half-up)", () => {
    const one = ticket({ created_at: "2026-01-10T08:00:00Z", first_response_at: "2026-01-10T08:01:00.000001Z" });
    expect(computeTickets(dataset({ tickets: [one] }), JAN, utc).first_response_minutes).toBe(1);
    const two = ticket({ created_at: "2026-01-10T08:00:00Z", first_response_at: "2026-01-10T08:01:29.997Z" });
    expect(computeTickets(dataset({ tickets: [two] }), JAN, utc).first_response_minutes).toBe(1.5);
  });

  it("a response stamped before the ticket is used as it is: −10 and 30 min → median 10 min", () => {
    const tickets = [
      ticket({ created_at: "2026-01-10T08:00:00Z", first_response_at: "2026-01-10T07:50:00Z" }),
      ticket({ created_at: "2026-01-10T08:00:00Z", first_response_at: "2026-01-10T08:30:00Z" }),
    ];
    expect(computeTickets(dataset({ tickets }), JAN, utc).first_response_minutes).toBe(10);
  });

  it("resolution over tickets resolved in P, whenever created: 2 h, 5 h, 30 h → median 5 h; one resolved in February left out", () => {
    const tickets = [
      ticket({ created_at: "2026-01-10T08:00:00Z", resolved_at: "2026-01-10T10:00:00Z" }),
      ticket({ created_at: "2025-12-31T22:00:00Z", resolved_at: "2026-01-01T03:00:00Z" }),
      ticket({ created_at: "2026-01-10T08:00:00Z", resolved_at: "2026-01-11T14:00:00Z" }),
      ticket({ created_at: "2026-01-31T08:00:00Z", resolved_at: "2026-02-01T08:00:00Z" }),
    ];
    expect(computeTickets(dataset({ tickets }), JAN, utc).resolution_hours).toBe(5);
  });

  it("even count: 1 h and 2 h → 1.5 h; none → null", () => {
    const tickets = [
      ticket({ created_at: "2026-01-10T08:00:00Z", resolved_at: "2026-01-10T09:00:00Z" }),
      ticket({ created_at: "2026-01-10T08:00:00Z", resolved_at: "2026-01-10T10:00:00Z" }),
    ];
    expect(computeTickets(dataset({ tickets }), JAN, utc).resolution_hours).toBe(1.5);
    expect(computeTickets(dataset({}), JAN, utc)).toMatchObject({ resolution_hours: null, first_response_minutes: null });
  });
});

describe("SLA (P1 1 h, P2 4 h, P3 8 h, P4 24 h by default, calendar time)", () => {
  const tickets = [
    ticket({ priority: "P1", created_at: "2026-01-10T08:00:00Z", first_response_at: "2026-01-10T09:00:00Z" }), // exactly 60 min: met
    ticket({ priority: "P2", created_at: "2026-01-10T08:00:00Z", first_response_at: "2026-01-10T12:01:00Z" }), // 241 min: missed
    ticket({ priority: "P3", created_at: "2026-01-20T08:00:00Z" }), // no response, target passed: missed
    ticket({ priority: "P4", created_at: "2026-01-31T20:00:00Z" }), // no response, target 1 Feb 20:00: pending
    ticket({ created_at: "2026-01-10T08:00:00Z", first_response_at: "2026-01-10T08:01:00Z" }), // no priority: not counted
  ];

  it("met 1 (P1) of judged 3 (P1, P2, P3) = 0.3333; the pending P4 and the unprioritised ticket are left out", () => {
    expect(computeTickets(dataset({ tickets }), JAN, utc).sla_met).toBe(0.3333);
    expect(tickets.map((t) => slaOutcome(t, JAN, utc))).toEqual(["met", "missed", "missed", "pending", null]);
  });

  it("targets are settings: with P2 at 5 h the P2 ticket is met: 2 / 3 = 0.6667", () => {
    const s = settings({ slaTargetMinutes: { P1: 60, P2: 300, P3: 480, P4: 1440 } });
    expect(computeTickets(dataset({ tickets }), JAN, s).sla_met).toBe(0.6667);
  });

  it("a P1 without response created at 23:30 UTC on 31 Jan: deadline 00:30 on 1 Feb — pending in UTC, missed in New York (still 31 Jan, 19:30)", () => {
    const t = ticket({ priority: "P1", created_at: "2026-01-31T23:30:00Z" });
    expect(slaOutcome(t, JAN, utc)).toBe("pending");
    expect(slaOutcome(t, JAN, settings({ timeZone: "America/New_York" }))).toBe("missed");
  });

  it("a ticket whose source records no first responses is unknown, not missed: alone they give null, mixed they are left out", () => {
    const untracked = [
      ticket({ priority: "P3", created_at: "2026-01-05T08:00:00Z", first_response_tracked: false }),
      ticket({ priority: "P1", created_at: "2026-01-06T08:00:00Z", first_response_tracked: false }),
    ];
    expect(untracked.map((t) => slaOutcome(t, JAN, utc))).toEqual([null, null]);
    expect(computeTickets(dataset({ tickets: untracked }), JAN, utc)).toMatchObject({ sla_met: null, first_response_minutes: null, tickets_created: 2 });
    expect(computeTickets(dataset({ tickets: [...tickets, ...untracked] }), JAN, utc).sla_met).toBe(0.3333);
  });

  it("a response after P is judged by its real time: created 31 Jan 23:50, answered 1 Feb 00:20 (30 min) is met", () => {
    const t = ticket({ priority: "P1", created_at: "2026-01-31T23:50:00Z", first_response_at: "2026-02-01T00:20:00Z" });
    expect(computeTickets(dataset({ tickets: [t] }), JAN, utc).sla_met).toBe(1);
  });

  it("no prioritised tickets: null", () => {
    expect(computeTickets(dataset({ tickets: [tickets[4]!] }), JAN, utc).sla_met).toBeNull();
  });
});

describe("CSAT over tickets resolved in P", () => {
  it("scores 5, 4, 2, 3 (and one without): mean 14 / 4 = 3.5, positive (≥ 4) 2 / 4 = 0.5", () => {
    const tickets = [5, 4, 2, 3, null].map((csat) =>
      ticket({ created_at: "2026-01-05T08:00:00Z", resolved_at: "2026-01-06T08:00:00Z", csat }),
    );
    tickets.push(ticket({ created_at: "2026-01-05T08:00:00Z", csat: 1 })); // not resolved: not counted
    expect(computeTickets(dataset({ tickets }), JAN, utc)).toMatchObject({ csat: 3.5, csat_positive: 0.5 });
  });
  it("5, 4, 4 → 13 / 3 = 4.3333; positive 1", () => {
    const tickets = [5, 4, 4].map((csat) => ticket({ created_at: "2026-01-05T08:00:00Z", resolved_at: "2026-01-06T08:00:00Z", csat }));
    expect(computeTickets(dataset({ tickets }), JAN, utc)).toMatchObject({ csat: 4.3333, csat_positive: 1 });
  });
});

describe("tickets per device (per average month of 30.4375 days)", () => {
  it("31 tickets / 10 devices / (31 days / 30.4375) = 3.04375 → 3.0438", () => {
    const tickets = Array.from({ length: 31 }, (_, i) => ticket({ created_at: `2026-01-${String(i + 1).padStart(2, "0")}T12:00:00Z` }));
    const devices = Array.from({ length: 10 }, () => device());
    expect(computeTickets(dataset({ tickets, devices }), JAN, utc).tickets_per_device).toBe(3.0438);
  });
  it("no managed devices on E: null", () => {
    const tickets = [ticket({ created_at: "2026-01-05T12:00:00Z" })];
    const devices = [device({ retired_on: "2026-01-31" })];
    expect(computeTickets(dataset({ tickets, devices }), JAN, utc).tickets_per_device).toBeNull();
  });
});

import type { ImportKind } from "@/lib/records/schemas";
import { FIELD_SPECS } from "./fields";
import { findHeader, normalizeHeader } from "./headers";
import { IMPORT_FORMATS, type ImportFormat } from "./options";
import { kindPreset } from "./presets";

// What an import should tell the user beyond row errors: columns that look like a field but feed
// none (silence there turns into wrong figures), and figures the file cannot feed at all because no
// column carries their input.

export interface UnusedColumn {
  /** the header as it appears in the file */
  column: string;
  /** the field it looks like */
  field: string;
}

export const CANNOT_FEED = {
  first_response: "no first-response times: SLA met and first response stay empty for these tickets",
  priority: "no priorities: these tickets have no SLA target and stay out of SLA met",
  resolution: "no resolution times: resolution time and CSAT stay empty for these tickets",
  csat: "no satisfaction scores: CSAT stays empty for these tickets",
  ticket_technician: "no technicians: these tickets count on no technician's scorecard",
  billed_amount: "no rates or amounts: these entries add nothing to billed time revenue",
  capacity: "no weekly capacity: 40 hours a week are assumed for these technicians",
  warranty: "no warranty end dates: warranty coverage counts these devices as not covered",
} as const;
export type CannotFeed = keyof typeof CANNOT_FEED;

export const DROPPED_REASONS = {
  entry_cost: "labour cost comes from each technician's hourly cost (technicians import), not from time entries",
} as const;
export type DroppedReason = keyof typeof DROPPED_REASONS;

export interface DroppedColumn {
  /** the header as it appears in the file */
  column: string;
  reason: DroppedReason;
}

export interface ImportNotices {
  unusedColumns: UnusedColumn[];
  /** columns the tool writes for something msp-kpi does not import, and why */
  droppedColumns: DroppedColumn[];
  cannotFeed: CannotFeed[];
}

/** A gap: none of `fields` has a column. */
const GAPS: Partial<Record<ImportKind, [CannotFeed, string[]][]>> = {
  tickets: [
    ["first_response", ["first_response_at", "response_hours"]],
    ["priority", ["priority"]],
    ["resolution", ["resolved_at", "closed_at"]],
    ["csat", ["csat"]],
    ["ticket_technician", ["technician"]],
  ],
  time: [["billed_amount", ["rate", "amount"]]],
  technicians: [["capacity", ["weekly_capacity_hours"]]],
  devices: [["warranty", ["warranty_end"]]],
};

// Words in a header (normalised) that say which field it holds, for columns no preset names.
const PERSON = ["agent", "technician", "tech", "owner", "assignee", "assigned", "resource", "member", "engineer"];
const COMPANY = ["client", "company", "customer", "account"];
const KEYWORDS: Partial<Record<ImportKind, Record<string, string[]>>> = {
  tickets: {
    technician: PERSON,
    first_response_at: ["responded", "firstresponse", "responsedate", "responsetime"],
    priority: ["priority"],
    csat: ["csat", "satisfaction", "feedback", "rating"],
    resolved_at: ["resolved"],
    closed_at: ["closed"],
    client: COMPANY,
    subject: ["subject", "summary", "title"],
  },
  time: {
    technician: PERSON,
    hours: ["hours", "duration", "timetaken", "timeworked"],
    billable: ["billable"],
    ticket_id: ["ticket"],
    rate: ["rate"],
    amount: ["amount"],
    client: COMPANY,
  },
  devices: { warranty_end: ["warranty"], serial_number: ["serial"], hostname: ["hostname", "computername", "devicename"], client: COMPANY },
  contracts: { client: COMPANY, bill_cycle: ["frequency", "billingcycle", "billingperiod"] },
};

/** Every header any preset (or the generic format) reads for `field` of `kind`, normalised. */
function aliasesOf(kind: ImportKind, field: string): Set<string> {
  const out = new Set([normalizeHeader(field)]);
  for (const format of IMPORT_FORMATS) for (const a of kindPreset(format, kind)?.columns[field] ?? []) out.add(normalizeHeader(a));
  return out;
}

/** The unmapped field this header looks like: a header some preset reads for it, else a telling word. */
function lookalike(kind: ImportKind, format: ImportFormat, header: string, free: readonly string[]): string | undefined {
  const key = normalizeHeader(header);
  const byAlias = free.find((f) => aliasesOf(kind, f).has(key));
  if (byAlias) return byAlias;
  // a column the chosen tool is known to carry for something else (e.g. Halo's respondbydate) is no lookalike
  const known = new Set((kindPreset(format, kind)?.known ?? []).map(normalizeHeader));
  if (known.has(key)) return undefined;
  const words = KEYWORDS[kind] ?? {};
  return free.find((f) => (words[f] ?? []).some((w) => key.includes(w)));
}

export function importNotices(kind: ImportKind, format: ImportFormat, headers: readonly string[], mapping: Record<string, string>): ImportNotices {
  const mappedFields = Object.keys(mapping).filter((f) => (mapping[f] ?? "").trim() !== "");
  const used = new Set(mappedFields.map((f) => findHeader(headers, mapping[f]!)));
  const free = FIELD_SPECS[kind].map((s) => s.name).filter((f) => !mappedFields.includes(f));
  const unusedColumns: UnusedColumn[] = [];
  headers.forEach((column, i) => {
    if (used.has(i) || normalizeHeader(column) === "") return;
    const field = lookalike(kind, format, column, free.filter((f) => !unusedColumns.some((u) => u.field === f)));
    if (field) unusedColumns.push({ column, field });
  });
  const dropped = Object.entries(kindPreset(format, kind)?.dropped ?? {});
  const droppedColumns = headers.flatMap((column, i): DroppedColumn[] => {
    const reason = used.has(i) ? undefined : dropped.find(([header]) => normalizeHeader(header) === normalizeHeader(column))?.[1];
    return reason ? [{ column, reason }] : [];
  });
  const cannotFeed = (GAPS[kind] ?? []).filter(([, fields]) => !fields.some((f) => mappedFields.includes(f))).map(([gap]) => gap);
  return { unusedColumns, droppedColumns, cannotFeed };
}

export const unusedColumnMessage = (column: string, field: string) => `column '${column}' not used — map it to ${field}?`;
export const droppedColumnMessage = (column: string, reason: string) => `column '${column}' not imported: ${reason}`;

/** The notices as English sentences (CLI and machine output). */
export function describeNotices(notices: ImportNotices): string[] {
  return [
    ...notices.unusedColumns.map((u) => unusedColumnMessage(u.column, u.field)),
    ...notices.droppedColumns.map((d) => droppedColumnMessage(d.column, DROPPED_REASONS[d.reason])),
    ...notices.cannotFeed.map((gap) => CANNOT_FEED[gap]),
  ];
}

import { IMPORT_KINDS, type ImportKind } from "@/lib/records/schemas";
import { FIELD_SPECS } from "../fields";
import type { FormatPreset, KindPreset } from "./types";

// generic: the headers are the field names of fields.ts (the canonical names of docs/kpis.md, e.g.
// entry_id, technician, client, work_date, hours, billable, ticket_id, rate, amount, plus the
// helper inputs such as start_time or bill_cycle). "Work Date" or "workDate" match work_date.

const kinds = Object.fromEntries(
  IMPORT_KINDS.map((kind): [ImportKind, KindPreset] => [
    kind,
    { columns: Object.fromEntries(FIELD_SPECS[kind].map((f) => [f.name, [f.name]])) },
  ]),
) as Record<ImportKind, KindPreset>;

export const genericPreset: FormatPreset = {
  format: "generic",
  label: "Generic CSV (canonical field names)",
  dateOrder: "ymd",
  kinds,
};

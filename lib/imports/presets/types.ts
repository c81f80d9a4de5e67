import type { ImportKind } from "@/lib/records/schemas";
import type { DateOrder, ImportFormat } from "../options";
import type { DroppedReason } from "../notices";
import type { PriorityValue } from "../values/enums";

export interface KindPreset {
  /**
   * field (canonical or helper, see fields.ts) -> the headers the tool writes for it, most preferred
   * first. Matching is tolerant (see headers.ts), so "company/name" also finds "company.name".
   */
  columns: Partial<Record<string, readonly string[]>>;
  /** other headers the tool's export carries that we do not read; they count for detection */
  known?: readonly string[];
  /** headers the tool writes for something msp-kpi deliberately does not import: header -> why (see notices.ts) */
  dropped?: Readonly<Record<string, DroppedReason>>;
}

export interface FormatPreset {
  format: ImportFormat;
  label: string;
  /** day/month order when the sample does not decide (a day > 12 decides) */
  dateOrder: DateOrder;
  /** default guess for per-tenant integer priorities; options.valueMaps.priority overrides entries */
  priority?: Readonly<Record<string, PriorityValue>>;
  kinds: Partial<Record<ImportKind, KindPreset>>;
}

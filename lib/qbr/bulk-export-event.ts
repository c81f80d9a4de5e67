import type { StreamErrorEvent } from "@/lib/http/api-error";

/** The lines POST /api/qbr/bulk streams: start, one progress per PDF, then done or error. */
export type BulkExportEvent =
  | { type: "start"; total: number }
  | { type: "progress"; done: number; total: number; client: string }
  | { type: "done"; id: number; files: number; url: string }
  | StreamErrorEvent;

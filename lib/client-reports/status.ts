/** A client report's way through the outbox: held → pending → delivered, or skipped; failed after the last retry. */
export type ClientReportStatus = "held" | "pending" | "delivered" | "failed" | "skipped";

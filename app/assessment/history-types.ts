import type { SectionId, Stage } from "@/lib/assessment/statements";

/** One saved assessment as the history chart and table show it (plain data, from the server page). */
export interface HistoryPoint {
  id: number;
  /** Date and time taken, formatted in the org's time zone and the page's language. */
  label: string;
  takenAt: string;
  takenBy: string;
  sections: Record<SectionId, number>;
  overall: number;
  stage: Stage;
}

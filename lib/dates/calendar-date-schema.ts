// The zod schema of a calendar date at an input boundary, apart from the date arithmetic in
// calendar-date.ts: that runs in the browser too, and zod would add ~115 KB to every page's scripts.
import { z } from "zod";
import { DATE_SHAPE, isCalendarDate } from "./calendar-date";

/** A calendar date at a boundary: "YYYY-MM-DD" and a day that exists. */
export const CalendarDate = z
  .string({ error: (issue) => (issue.input === undefined ? "is required (YYYY-MM-DD)" : "expected a date YYYY-MM-DD") })
  .regex(DATE_SHAPE, { error: "expected a date YYYY-MM-DD", abort: true })
  .refine(isCalendarDate, "not a calendar date");

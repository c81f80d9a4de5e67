"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveQbrNotes } from "@/db/qbr/notes";
import { isAppError } from "@/lib/errors";
import { RecordId } from "@/lib/forms/record-id";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";
import { requestContext } from "@/server/request-context";
import { NOTES_MAX, type SaveNotesState } from "./notes-state";

const NotesInput = z.object({
  clientId: RecordId,
  from: CalendarDate,
  to: CalendarDate,
  notes: z.string().max(NOTES_MAX),
});

/** Saves the account manager's notes: manager → validate → store → revalidate the report. */
export async function saveNotes(_previous: SaveNotesState, formData: FormData): Promise<SaveNotesState> {
  let ctx;
  try {
    ctx = await requestContext("manager");
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: "forbidden" };
    throw error;
  }
  const parsed = NotesInput.safeParse(Object.fromEntries(["clientId", "from", "to", "notes"].map((k) => [k, formData.get(k) ?? undefined])));
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.path[0] === "notes" && i.code === "too_big");
    return { ok: false, error: tooLong ? "too_long" : "unknown" };
  }
  const { clientId, from, to, notes } = parsed.data;
  if (from > to) return { ok: false, error: "unknown" };
  try {
    if (!(await saveQbrNotes(ctx.db, ctx.orgId, clientId, { from, to }, notes, ctx.actor))) return { ok: false, error: "not_found" };
  } catch (error) {
    console.error(error);
    return { ok: false, error: "unknown" };
  }
  revalidatePath(`/clients/${clientId}/qbr`);
  revalidatePath("/reports/outbox");
  return { ok: true, savedAt: Date.now() };
}

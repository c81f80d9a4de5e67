"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveQbrNotes } from "@/db/qbr/notes";
import { isAppError } from "@/lib/errors";
import { IsoDate } from "@/lib/records/schemas";
import { requestContext } from "@/server/request-context";
import { NOTES_MAX, type SaveNotesState } from "./notes-state";

const NotesInput = z.object({
  clientId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  from: IsoDate,
  to: IsoDate,
  notes: z.string().max(NOTES_MAX),
});

/** Saves the account manager's notes: manager → validate → store → revalidate the report. */
export async function saveNotes(_previous: SaveNotesState, formData: FormData): Promise<SaveNotesState> {
  let ctx;
  try {
    ctx = await requestContext("manager");
  } catch (error) {
    if (isAppError(error)) return { status: "failed", reason: "forbidden" };
    throw error;
  }
  const parsed = NotesInput.safeParse(Object.fromEntries(["clientId", "from", "to", "notes"].map((k) => [k, formData.get(k) ?? undefined])));
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.path[0] === "notes" && i.code === "too_big");
    return { status: "failed", reason: tooLong ? "too_long" : "unknown" };
  }
  const { clientId, from, to, notes } = parsed.data;
  if (from > to) return { status: "failed", reason: "unknown" };
  try {
    if (!(await saveQbrNotes(ctx.db, ctx.orgId, clientId, { from, to }, notes, ctx.actor))) return { status: "failed", reason: "not_found" };
  } catch (error) {
    console.error(error);
    return { status: "failed", reason: "unknown" };
  }
  revalidatePath(`/clients/${clientId}/qbr`);
  return { status: "saved", savedAt: Date.now() };
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { acceptMove } from "@/db/queries/rebalancing";
import { isAppError } from "@/lib/errors";
import type { ActionState } from "@/lib/forms/action-result";
import { RecordId } from "@/lib/forms/record-id";
import { getLocale } from "@/lib/format/server-locale";
import { CalendarDate } from "@/lib/dates/calendar-date-schema";
import { requestContext } from "@/server/request-context";
import { techniciansMessages } from "./messages";

// Accepting a proposed move: authorize → parse → db/queries/rebalancing.acceptMove (one
// transaction) → revalidate the page, whose projection and proposals then include the move.

const AcceptMoveForm = z
  .object({ clientId: RecordId, fromTechnicianId: RecordId, toTechnicianId: RecordId, periodFrom: CalendarDate, periodTo: CalendarDate })
  .refine((m) => m.fromTechnicianId !== m.toTechnicianId, { message: "from and to must differ", path: ["toTechnicianId"] })
  .refine((m) => m.periodFrom <= m.periodTo, { message: "period starts after it ends", path: ["periodFrom"] });

export type AcceptMoveState = ActionState;

export async function acceptMoveAction(_previous: AcceptMoveState, form: FormData): Promise<AcceptMoveState> {
  const t = techniciansMessages(await getLocale());
  const { db, orgId, actor } = await requestContext("manager");
  const parsed = AcceptMoveForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, error: t.errors.bad_request };
  const { clientId, fromTechnicianId, toTechnicianId, periodFrom, periodTo } = parsed.data;
  try {
    await acceptMove(db, orgId, { clientId, fromTechnicianId, toTechnicianId, period: { from: periodFrom, to: periodTo } }, actor);
  } catch (e) {
    if (isAppError(e) && (e.code === "not_found" || e.code === "conflict" || e.code === "bad_request")) return { ok: false, error: t.errors[e.code] };
    console.error(e);
    return { ok: false, error: t.errors.generic };
  }
  revalidatePath("/technicians");
  return { ok: true };
}

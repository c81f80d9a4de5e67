"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { scheduleAction, type ScheduleState } from "./actions";
import { alertsMessages } from "./messages";

export function SchedulePanel({ everyMinutes, lastEvaluated, canManage }: { everyMinutes: number; lastEvaluated: string | null; canManage: boolean }) {
  const t = alertsMessages(useLocale());
  const [state, action, pending] = useActionState<ScheduleState, FormData>(scheduleAction, null);
  return (
    <div className="space-y-3">
      <p className="text-sm text-gray-700">
        {t.scheduleText} {lastEvaluated ? t.lastEvaluated(lastEvaluated) : t.neverEvaluated}
      </p>
      {canManage ? (
        <form action={action} className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="every-minutes" className="text-sm font-medium text-gray-800">{t.everyMinutes}</label>
            <input id="every-minutes" name="everyMinutes" type="number" min={1} max={1440} defaultValue={everyMinutes} className={`${inputClass} w-28`} />
          </div>
          <button type="submit" name="action" value="schedule" disabled={pending} className="rounded-tremor-default border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 hover:bg-gray-50">
            {t.saveSchedule}
          </button>
          <button type="submit" name="action" value="evaluate" disabled={pending} className="rounded-tremor-default bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
            {t.evaluateNow}
          </button>
          <p role="status" className={`text-sm ${state?.ok === false ? "text-red-700" : "text-gray-700"}`}>{state?.ok === false ? state.error : (state?.message ?? "")}</p>
        </form>
      ) : null}
    </div>
  );
}

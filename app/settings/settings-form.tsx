"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useLocale } from "@/components/locale-provider";
import type { SaveSettingsState, SettingsFormValues } from "@/lib/settings/form-values";
import { HOURLY_COST_MAX, PRIORITIES, type Priority } from "@/lib/settings/schema";
import { saveSettings } from "./actions";
import { CapacityTable, type TechnicianRow } from "./capacity-table";
import { DecimalInput } from "./decimal-input";
import { Field, Section, describedBy, inputClass } from "@/components/form-fields";
import { HolidayList } from "./holiday-list";
import { settingsMessages } from "./messages";

export interface SettingsFormProps {
  initial: SettingsFormValues;
  timeZones: string[];
  technicians: TechnicianRow[];
}


/**
 * One form for every setting, saved by the saveSettings server action. Inputs are controlled, so
 * what was typed stays after a rejected save; the server's messages appear next to their fields.
 */
export function SettingsForm({ initial, timeZones, technicians }: SettingsFormProps) {
  const m = settingsMessages(useLocale());
  const [state, formAction, pending] = useActionState<SaveSettingsState, FormData>(saveSettings, null);
  const [values, setValues] = useState(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = (state?.ok === false && state.fieldErrors) || {};
  const error = (field: string) => {
    const code = errors[field];
    return code ? m.errors[code] : null;
  };

  // After a rejected save, take keyboard users straight to the first field to fix.
  useEffect(() => {
    if (state?.ok !== false || state.error !== "invalid") return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  const set = <K extends keyof SettingsFormValues>(key: K, value: SettingsFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setSla = (p: Priority, hours: string) => setValues((v) => ({ ...v, sla: { ...v.sla, [p]: hours } }));
  // only an owner's form starts with hourly costs; anyone else's neither shows nor posts them
  const hourlyCosts = values.hourlyCosts;
  const setCosts = (costs: NonNullable<SettingsFormValues["hourlyCosts"]>) => set("hourlyCosts", costs);

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-6">
      <Section id="general" title={m.general.legend}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="timeZone" label={m.general.timeZone} hint={m.general.timeZoneHint} error={error("timeZone")}>
            <select
              name="timeZone"
              value={values.timeZone}
              onChange={(e) => set("timeZone", e.target.value)}
              className={`${inputClass} pr-8`}
              {...describedBy("timeZone", { hint: true, error: error("timeZone") })}
            >
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          </Field>
          <Field id="currency" label={m.general.currency} hint={m.general.currencyHint} error={error("currency")}>
            <input
              name="currency"
              value={values.currency}
              onChange={(e) => set("currency", e.target.value.toUpperCase())}
              maxLength={3}
              autoComplete="off"
              spellCheck={false}
              className={`${inputClass} w-28 uppercase`}
              {...describedBy("currency", { hint: true, error: error("currency") })}
            />
          </Field>
        </div>
      </Section>

      <Section id="holidays" title={m.holidays.legend} hint={m.holidays.hint}>
        <HolidayList days={values.holidays} onChange={(days) => set("holidays", days)} error={error("holidays")} />
      </Section>

      <Section id="sla" title={m.sla.legend} hint={m.sla.hint}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {PRIORITIES.map((p) => (
            <Field key={p} id={`sla.${p}`} label={m.sla.priority(p)} error={error(`sla.${p}`)}>
              <div className="flex items-center gap-2">
                <DecimalInput name={`sla.${p}`} value={values.sla[p]} onChange={(hours) => setSla(p, hours)} error={error(`sla.${p}`)} />
                <span className="text-sm text-gray-600">{m.sla.hours}</span>
              </div>
            </Field>
          ))}
        </div>
      </Section>

      <Section id="workload" title={m.workload.legend} hint={m.workload.hint}>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["workloadUpper", "workloadLower"] as const).map((key) => (
            <Field key={key} id={key} label={key === "workloadUpper" ? m.workload.upper : m.workload.lower} error={error(key)}>
              <div className="flex items-center gap-2">
                <DecimalInput name={key} value={values[key]} onChange={(percent) => set(key, percent)} max={200} error={error(key)} />
                <span className="text-sm text-gray-600">{m.workload.percent}</span>
              </div>
            </Field>
          ))}
        </div>
      </Section>

      <Section id="capacities" title={m.capacities.legend} hint={m.capacities.hint}>
        <CapacityTable
          technicians={technicians}
          currency={values.currency}
          capacities={{
            values: values.capacities,
            onChange: (id, hours) => setValues((v) => ({ ...v, capacities: { ...v.capacities, [id]: hours } })),
            error: (id) => error(`capacity.${id}`),
          }}
          costs={
            hourlyCosts
              ? {
                  values: hourlyCosts.technicians,
                  onChange: (id, cost) => setCosts({ ...hourlyCosts, technicians: { ...hourlyCosts.technicians, [id]: cost } }),
                  error: (id) => error(`hourlyCost.${id}`),
                }
              : null
          }
        />
        {hourlyCosts && (
          <Field id="defaultHourlyCost" label={m.capacities.defaultCost} hint={m.capacities.defaultCostHint} error={error("defaultHourlyCost")}>
            <DecimalInput
              name="defaultHourlyCost"
              value={hourlyCosts.defaultHourlyCost}
              onChange={(cost) => setCosts({ ...hourlyCosts, defaultHourlyCost: cost })}
              max={HOURLY_COST_MAX}
              hint
              error={error("defaultHourlyCost")}
            />
          </Field>
        )}
      </Section>

      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white shadow-tremor-input hover:bg-blue-800 disabled:opacity-60"
        >
          {pending ? m.saving : m.save}
        </button>
        <SaveStatus state={state} pending={pending} messages={m} />
      </div>
    </form>
  );
}

function SaveStatus({ state, pending, messages: m }: { state: SaveSettingsState; pending: boolean; messages: ReturnType<typeof settingsMessages> }) {
  // Always rendered, so screen readers announce each new message in the live region.
  const [text, tone] =
    pending || state === null
      ? ["", ""]
      : state.ok
        ? [m.saved, "text-emerald-800"]
        : state.error === "not_found" || state.error === "unknown"
          ? [m.failed[state.error], "text-red-700"]
          : [m.invalid, "text-red-700"];
  return (
    <p role="status" className={`text-sm font-medium ${tone}`}>
      {text}
    </p>
  );
}

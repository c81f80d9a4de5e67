"use client";

import { useLocale } from "@/components/locale-provider";
import { formatDate } from "@/lib/format/date";
import { FieldError, describedBy, inputClass } from "@/components/form-fields";
import { settingsMessages } from "./messages";

export interface TechnicianRow {
  id: number;
  name: string;
  role: string | null;
  activeFrom: string | null;
  activeTo: string | null;
  confirmed: boolean;
}

/** Every technician with an editable weekly capacity, posted as `capacity.<id>`; those not confirmed are marked. */
export function CapacityTable({
  technicians,
  values,
  onChange,
  error,
}: {
  technicians: TechnicianRow[];
  values: Record<string, string>;
  onChange: (id: number, hours: string) => void;
  error: (id: number) => string | null;
}) {
  const locale = useLocale();
  const m = settingsMessages(locale).capacities;
  if (technicians.length === 0) return <p className="text-sm text-gray-600">{m.none}</p>;

  const active = (t: TechnicianRow) =>
    [t.activeFrom ? m.since(formatDate(t.activeFrom, locale)) : null, t.activeTo ? m.until(formatDate(t.activeTo, locale)) : null]
      .filter(Boolean)
      .join(", ") || m.always;

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{m.legend}</caption>
        <thead>
          <tr className="border-b border-gray-200 text-gray-700">
            <th scope="col" className="py-2 pr-4 text-left font-semibold">{m.name}</th>
            <th scope="col" className="py-2 pr-4 text-left font-semibold">{m.role}</th>
            <th scope="col" className="py-2 pr-4 text-left font-semibold">{m.active}</th>
            <th scope="col" className="py-2 text-right font-semibold">{m.hours}</th>
          </tr>
        </thead>
        <tbody>
          {technicians.map((t) => {
            const id = `capacity.${t.id}`;
            const message = error(t.id);
            return (
              <tr key={t.id} className="border-b border-gray-100 align-middle last:border-b-0">
                <th scope="row" className="py-2 pr-4 text-left font-medium text-gray-900">{t.name}</th>
                <td className="py-2 pr-4 text-gray-700">{t.role ?? "—"}</td>
                <td className="py-2 pr-4 text-gray-700">
                  {t.confirmed ? (
                    active(t)
                  ) : (
                    <span className="rounded-tremor-small bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{m.notConfirmed}</span>
                  )}
                </td>
                <td className="py-2 text-right">
                  <input
                    name={id}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={168}
                    step="any"
                    value={values[String(t.id)] ?? ""}
                    onChange={(e) => onChange(t.id, e.target.value)}
                    aria-label={m.capacityOf(t.name)}
                    className={`${inputClass} w-24 text-right tabular-nums`}
                    {...describedBy(id, { error: message })}
                  />
                  <FieldError id={id} error={message} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

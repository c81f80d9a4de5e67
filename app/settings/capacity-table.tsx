"use client";

import { useLocale } from "@/components/locale-provider";
import { formatDate } from "@/lib/format/date";
import { FieldError } from "@/components/form-fields";
import { HOURLY_COST_MAX, WEEKLY_CAPACITY_MAX } from "@/lib/settings/schema";
import { DecimalInput } from "./decimal-input";
import { settingsMessages } from "./messages";

export interface TechnicianRow {
  id: number;
  name: string;
  role: string | null;
  activeFrom: string | null;
  activeTo: string | null;
  confirmed: boolean;
}

/** One editable number per technician: its values by id, and what to call on a change. */
interface Column {
  values: Record<string, string>;
  onChange: (id: number, value: string) => void;
  error: (id: number) => string | null;
}

/**
 * Every technician with an editable weekly capacity, posted as `capacity.<id>`; those not confirmed
 * are marked. With `costs` (owners only) each also gets an hourly cost, posted as `hourlyCost.<id>`.
 */
export function CapacityTable({
  technicians,
  capacities,
  costs,
  currency,
}: {
  technicians: TechnicianRow[];
  capacities: Column;
  costs: Column | null;
  currency: string;
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
            {costs && <th scope="col" className="py-2 pl-4 text-right font-semibold">{m.cost(currency)}</th>}
          </tr>
        </thead>
        <tbody>
          {technicians.map((t) => (
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
              <NumberCell name={`capacity.${t.id}`} id={t.id} column={capacities} max={WEEKLY_CAPACITY_MAX} label={m.capacityOf(t.name)} />
              {costs && <NumberCell name={`hourlyCost.${t.id}`} id={t.id} column={costs} max={HOURLY_COST_MAX} label={m.costOf(t.name)} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NumberCell({ name, id, column, max, label }: { name: string; id: number; column: Column; max: number; label: string }) {
  const message = column.error(id);
  return (
    <td className="py-2 pl-4 text-right">
      <DecimalInput name={name} value={column.values[String(id)] ?? ""} onChange={(value) => column.onChange(id, value)} max={max} label={label} error={message} />
      <FieldError id={name} error={message} />
    </td>
  );
}

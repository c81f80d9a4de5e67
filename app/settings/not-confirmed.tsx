import { Section } from "@/components/form-fields";
import type { Locale } from "@/lib/format/locale";
import { confirmTechnicianAction } from "./actions";
import { settingsMessages } from "./messages";

/** Technicians seen only in time entries or tickets, each with its own small Confirm form (outside the settings form). */
export function NotConfirmedTechnicians({ technicians, locale }: { technicians: { id: number; name: string }[]; locale: Locale }) {
  const m = settingsMessages(locale).capacities;
  if (technicians.length === 0) return null;
  return (
    <div className="mt-6">
      <Section id="not-confirmed" title={m.notConfirmedTitle} hint={m.notConfirmedHint}>
        <ul className="flex flex-col gap-2">
          {technicians.map((t) => (
            <li key={t.id} data-not-confirmed={t.name} className="flex flex-wrap items-center gap-3 text-sm">
              <span className="font-medium text-gray-900">{t.name}</span>
              <span className="rounded-tremor-small bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{m.notConfirmed}</span>
              <form action={confirmTechnicianAction}>
                <input type="hidden" name="technicianId" value={t.id} />
                <button
                  type="submit"
                  aria-label={m.confirmLabel(t.name)}
                  className="rounded-tremor-small px-3 py-1 text-sm font-medium text-blue-800 ring-1 ring-gray-300 hover:bg-gray-50"
                >
                  {m.confirm}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

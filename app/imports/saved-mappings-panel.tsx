"use client";

import { useId, useState } from "react";
import { useLocale } from "@/components/locale-provider";
import { saveMapping } from "./api-client";
import { ErrorAlert } from "./error-alert";
import { importsMessages } from "./messages";
import { fieldLabel, secondaryButton, selectControl } from "./styles";
import type { ImportPlan, SavedMappingView } from "./types";

/** "Apply saved mapping" and "Save mapping as…": reuse column choices for the next export of the same layout. */
export function SavedMappingsPanel({
  plan,
  saved,
  onApply,
  onSaved,
}: {
  plan: ImportPlan;
  saved: SavedMappingView[];
  onApply: (mapping: SavedMappingView) => void;
  onSaved: (mapping: SavedMappingView) => void;
}) {
  const t = importsMessages(useLocale());
  const id = useId();
  const [chosen, setChosen] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);

  async function save() {
    const trimmed = name.trim();
    if (!trimmed) return;
    setBusy(true);
    setError(null);
    try {
      const { kind, format, mapping, dateOrder, decimalComma } = plan.options;
      // The layout, not the file: delimiter and encoding are detected again for every file.
      const stored = await saveMapping({ name: trimmed, kind, mapping, options: { format, dateOrder, decimalComma } });
      onSaved(stored);
      setChosen(String(stored.id));
      setName("");
      setStatus(t.saved.saved(stored.name));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="group" aria-labelledby={`${id}-heading`} className="rounded-tremor-default border border-gray-200 bg-gray-50 p-4">
      <p id={`${id}-heading`} className="text-sm font-medium text-gray-900">
        {t.saved.heading} <span className="font-normal text-gray-600">— {t.saved.help}</span>
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor={`${id}-apply`} className={fieldLabel}>
            {t.saved.apply}
          </label>
          <select
            id={`${id}-apply`}
            value={chosen}
            disabled={saved.length === 0}
            onChange={(e) => {
              setChosen(e.target.value);
              const mapping = saved.find((m) => String(m.id) === e.target.value);
              if (!mapping) return;
              onApply(mapping);
              setStatus(t.saved.applied(mapping.name));
            }}
            className={`${selectControl} bg-white disabled:bg-gray-100 disabled:text-gray-600`}
          >
            <option value="">{saved.length === 0 ? t.saved.none : t.saved.choose}</option>
            {saved.map((m) => (
              <option key={m.id} value={m.id}>
                {t.saved.option(m.name, t.kinds[m.kind] ?? m.kind)}
              </option>
            ))}
          </select>
        </div>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor={`${id}-name`} className={fieldLabel}>
            {t.saved.name}
          </label>
          <div className="flex gap-2">
            <input
              id={`${id}-name`}
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.target.value)}
              placeholder={t.saved.placeholder}
              className="min-w-0 flex-1 rounded-tremor-small border-gray-300 py-1.5 text-sm shadow-tremor-input placeholder:text-gray-500"
            />
            <button type="submit" disabled={busy || name.trim() === ""} className={`${secondaryButton} shrink-0 py-1.5`}>
              {t.saved.save}
            </button>
          </div>
        </form>
      </div>
      <p aria-live="polite" className={`text-sm text-emerald-800 ${status ? "mt-2" : ""}`}>
        {status}
      </p>
      {error ? (
        <div className="mt-2">
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </div>
  );
}

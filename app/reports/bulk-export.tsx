"use client";

import { useId, useState } from "react";
import { useLocale } from "@/components/locale-provider";
import { ProgressBar } from "@/components/progress-bar";
import type { Locale } from "@/lib/format/locale";
import { readNdjson } from "@/lib/http/ndjson";
import type { BulkExportEvent } from "@/lib/qbr/bulk-export-event";
import type { Quarter } from "@/lib/qbr/quarters";
import { reportsMessages } from "./messages";

type State =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number | null; client: string | null }
  | { phase: "done"; files: number; url: string }
  | { phase: "failed"; message: string };

/** Every client's QBR for a quarter as one zip, following the server's NDJSON progress stream. */
export function BulkExport({ quarters, labels }: { quarters: Quarter[]; labels: Record<string, string> }) {
  const uiLocale = useLocale();
  const t = reportsMessages(uiLocale);
  const id = useId();
  const [quarter, setQuarter] = useState(quarters[0]?.key ?? "");
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [state, setState] = useState<State>({ phase: "idle" });

  async function generate() {
    const q = quarters.find((x) => x.key === quarter);
    if (!q) return;
    setState({ phase: "running", done: 0, total: null, client: null });
    let response: Response;
    try {
      response = await fetch("/api/qbr/bulk", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ from: q.from, to: q.to, locale }) });
    } catch {
      setState({ phase: "failed", message: t.network });
      return;
    }
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setState({ phase: "failed", message: t.failed(body?.error?.message ?? `HTTP ${response.status}`) });
      return;
    }
    try {
      for await (const event of readNdjson<BulkExportEvent>(response.body)) {
        if (event.type === "start") setState({ phase: "running", done: 0, total: event.total, client: null });
        else if (event.type === "progress") setState({ phase: "running", done: event.done, total: event.total, client: event.client });
        else if (event.type === "error") {
          setState({ phase: "failed", message: t.failed(event.error.message) });
          return;
        } else {
          setState({ phase: "done", files: event.files, url: event.url });
          if (event.files > 0) window.location.assign(event.url);
          return;
        }
      }
    } catch {
      // A broken line or a dropped connection: either way the export's outcome never arrived.
    }
    setState({ phase: "failed", message: t.network });
  }

  const running = state.phase === "running";
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-quarter`} className="text-sm font-medium text-gray-800">{t.quarter}</label>
          <select id={`${id}-quarter`} value={quarter} onChange={(e) => setQuarter(e.target.value)} disabled={running}
            className="rounded-tremor-default border border-gray-300 bg-white py-2 pl-3 pr-8 text-sm text-gray-900 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600">
            {quarters.map((q) => <option key={q.key} value={q.key}>{labels[q.key]}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-locale`} className="text-sm font-medium text-gray-800">{t.language}</label>
          <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value as Locale)} disabled={running}
            className="rounded-tremor-default border border-gray-300 bg-white py-2 pl-3 pr-8 text-sm text-gray-900 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600">
            <option value="en">{t.languages.en}</option>
            <option value="de">{t.languages.de}</option>
          </select>
        </div>
        <button type="button" onClick={generate} disabled={running || quarters.length === 0}
          className="rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60">
          {running ? t.generating : t.generate}
        </button>
      </div>
      <div aria-live="polite" className="flex flex-col gap-2 text-sm">
        {state.phase === "running" ? (
          <ProgressBar
            ratio={state.total ? state.done / state.total : 0}
            label={t.progressLabel}
            valueText={state.total === null ? t.preparing : state.client ? t.progress(state.done, state.total, state.client) : t.starting(state.total)}
          />
        ) : null}
        {state.phase === "done" ? (
          state.files === 0 ? (
            <p className="text-gray-700">{t.noClients}</p>
          ) : (
            <p className="text-emerald-800">
              {t.done(state.files)}{" "}
              <a href={state.url} className="font-medium text-blue-800 underline">{t.download}</a>
            </p>
          )
        ) : null}
        {state.phase === "failed" ? <p role="alert" className="text-red-700">{state.message}</p> : null}
      </div>
    </div>
  );
}

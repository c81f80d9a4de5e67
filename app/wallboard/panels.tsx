import type { ReactNode } from "react";
import { ExplainLink } from "@/components/explain-link";
import type { Workload } from "@/lib/kpi/report-schema";
import type { BridgeRow, TechnicianBar, Tile, Tone } from "./boards";
import type { WallboardMessages } from "./messages";

// The wallboard's parts, drawn for a dark TV screen: light text on slate, colours that keep a
// contrast of at least 4.5:1 on it.

const TONE_TEXT: Record<Tone, string> = { good: "text-emerald-300", bad: "text-rose-300", neutral: "text-slate-50" };
const BAND_BAR: Record<Workload | "none", string> = { overloaded: "bg-rose-400", balanced: "bg-emerald-400", idle: "bg-amber-300", none: "bg-slate-500" };
const BAND_TEXT: Record<Workload | "none", string> = { overloaded: "text-rose-300", balanced: "text-emerald-300", idle: "text-amber-200", none: "text-slate-300" };
const box = "min-h-0 rounded-2xl bg-slate-900 p-6 ring-1 ring-slate-700";
const panel = `${box} flex flex-col`;

/** How a figure's explanation is named to screen readers ("How MRR is worked out"). */
type ExplainLabel = (figure: string) => string;

// On the dark screen a link keeps its figure's colour, marked by a dotted underline.
const DARK_LINK = "underline decoration-slate-400 decoration-dotted underline-offset-8 hover:decoration-solid";

/** A figure as a link to its explanation when it has one (signed-in members), else plain. */
function Explained({ href, label, explainLabel, children }: { href: string | undefined; label: string; explainLabel: ExplainLabel; children: ReactNode }) {
  if (!href) return <>{children}</>;
  return (
    <ExplainLink href={href} label={explainLabel(label)} className={DARK_LINK}>
      {children}
    </ExplainLink>
  );
}

/** Technicians shown at once: more would not fit 1080 px in large type. */
const MAX_TECHNICIANS = 8;

/** Long values (a large MRR) get smaller type, so they stay inside their tile. */
function valueSize(value: string): string {
  return value.length <= 8 ? "text-7xl" : value.length <= 11 ? "text-6xl" : "text-5xl";
}

export function TileCard({ tile, explainLabel }: { tile: Tile; explainLabel: ExplainLabel }) {
  return (
    <li data-tile={tile.id} className={`${box} grid grid-rows-[auto_1fr_auto] gap-2`}>
      <span className="text-2xl font-medium text-slate-300">{tile.label}</span>
      <span className={`self-center font-bold leading-tight tabular-nums tracking-tight ${valueSize(tile.value)} ${TONE_TEXT[tile.tone]}`}>
        <Explained href={tile.href} label={tile.label} explainLabel={explainLabel}>
          {tile.value}
        </Explained>
      </span>
      <span className="text-xl text-slate-300">{tile.detail ?? "\u00a0"}</span>
    </li>
  );
}

export function TechniciansPanel({ bars, m, explainLabel }: { bars: TechnicianBar[]; m: WallboardMessages; explainLabel: ExplainLabel }) {
  const shown = bars.slice(0, MAX_TECHNICIANS);
  return (
    <section aria-labelledby="wallboard-technicians" className={`${panel} gap-4`}>
      <h2 id="wallboard-technicians" className="text-2xl font-semibold text-slate-200">
        {m.technicians}
      </h2>
      {shown.length === 0 ? <p className="text-xl text-slate-300">{m.noTechnicians}</p> : null}
      <ul className="flex min-h-0 flex-col gap-5">
        {shown.map((bar) => {
          const band = bar.band ?? "none";
          return (
            <li key={bar.name} data-technician={bar.name}>
              <div className="flex items-baseline justify-between gap-4 text-2xl">
                <span className="truncate font-medium">{bar.name}</span>
                <span className={`shrink-0 tabular-nums ${BAND_TEXT[band]}`}>
                  <Explained href={bar.href} label={m.technicianUtilization(bar.name)} explainLabel={explainLabel}>
                    {bar.text}
                  </Explained>
                  {bar.band ? <span className="ml-2 text-lg">{m.band[bar.band]}</span> : null}
                </span>
              </div>
              <div className="mt-2 h-3 rounded-full bg-slate-700" aria-hidden>
                <div className={`h-3 rounded-full ${BAND_BAR[band]}`} style={{ width: `${Math.min(100, Math.max(0, (bar.utilization ?? 0) * 100))}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
      {bars.length > shown.length ? <p className="text-lg text-slate-300">{m.moreTechnicians(bars.length - shown.length)}</p> : null}
    </section>
  );
}

export function BridgePanel({ rows, m, explainLabel }: { rows: BridgeRow[]; m: WallboardMessages; explainLabel: ExplainLabel }) {
  return (
    <section aria-labelledby="wallboard-bridge" className={`${panel} gap-4`}>
      <h2 id="wallboard-bridge" className="text-2xl font-semibold text-slate-200">
        {m.bridge}
      </h2>
      <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-5 text-3xl">
        {rows.map((row, i) => (
          <div key={row.label} className={`contents ${i === rows.length - 1 ? "font-bold" : ""}`}>
            <dt className="text-slate-300">{row.label}</dt>
            <dd className={`text-right tabular-nums ${TONE_TEXT[row.tone]}`}>
              <Explained href={row.href} label={row.label} explainLabel={explainLabel}>
                {row.text}
              </Explained>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

// GET /wallboard[?board=service-desk|business] — full-screen figures for a TV: today's and this
// week's tickets, SLA, open alerts, utilization per technician, MRR. Refreshes every minute and
// fits 1920×1080 without scrolling. Signed-in members see their org, each figure a link to its
// explanation; a TV opens it with a wallboard token (/wallboard?token=…, see proxy.ts) instead of a
// session, and its figures link nowhere (the token opens nothing else).
import type { Metadata } from "next";
import { componentMessages } from "@/components/messages";
import { getOrgSummary } from "@/db/queries/dashboard/overview";
import { loadWallboardFigures } from "@/db/queries/dashboard/wallboard";
import { getKpiSettings } from "@/db/queries/org-settings";
import { formatDateTime } from "@/lib/format/date";
import { getLocale } from "@/lib/format/server-locale";
import { wallboardAccess } from "@/server/wallboard/access";
import { AutoRefresh } from "./auto-refresh";
import { wallboardView, WallboardQuery } from "./boards";
import { wallboardMessages } from "./messages";
import { BridgePanel, TechniciansPanel, TileCard } from "./panels";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Wallboard", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const screen = "flex min-h-screen flex-col gap-6 bg-slate-950 p-8 text-slate-50 lg:h-screen lg:overflow-hidden";

export default async function WallboardPage({ searchParams }: Props) {
  const [locale, access, query] = await Promise.all([getLocale(), wallboardAccess(), searchParams]);
  const m = wallboardMessages(locale);
  if (!access.ok) {
    return (
      <main className={`${screen} items-center justify-center text-center`}>
        <h1 className="text-4xl font-bold">{m.refusedTitle}</h1>
        <p className="max-w-3xl text-2xl text-slate-300">{m.refusedText}</p>
      </main>
    );
  }
  const { board } = WallboardQuery.parse({ board: typeof query.board === "string" ? query.board : undefined });
  const { db, orgId } = access;
  const settings = await getKpiSettings(db, orgId);
  const now = new Date();
  const [org, figures] = await Promise.all([getOrgSummary(db, orgId), loadWallboardFigures(db, orgId, settings, now)]);
  const view = wallboardView(board, figures, m, locale, settings.currency, access.member);
  const { explainLabel } = componentMessages(locale).kpi;
  return (
    <main className={screen} data-board={board}>
      <AutoRefresh everyMs={60_000} />
      <header className="flex items-baseline justify-between gap-6">
        <h1 className="text-4xl font-bold tracking-tight">
          {org.name} · {m.boards[board]}
        </h1>
        <p className="text-xl text-slate-300" data-testid="wallboard-updated">
          {m.updated(formatDateTime(now, locale, settings.timeZone, { time: "short" }))}
        </p>
      </header>
      <div className="grid min-h-0 flex-1 gap-6 lg:grid-cols-3">
        <ul className="grid min-h-0 gap-6 sm:grid-cols-2 lg:col-span-2 lg:grid-cols-3 lg:grid-rows-2" aria-label={m.boards[board]}>
          {view.tiles.map((tile) => (
            <TileCard key={tile.id} tile={tile} explainLabel={explainLabel} />
          ))}
        </ul>
        {view.technicians ? <TechniciansPanel bars={view.technicians} m={m} explainLabel={explainLabel} /> : null}
        {view.bridge ? <BridgePanel rows={view.bridge} m={m} explainLabel={explainLabel} /> : null}
      </div>
    </main>
  );
}

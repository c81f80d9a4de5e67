import { KpiCard } from "@/components/kpi-card";
import { MrrBridgeChart } from "@/components/charts/mrr-bridge-chart";
import { MrrTrendChart } from "@/components/charts/mrr-trend-chart";
import type { Database } from "@/db/client";
import { listGoals } from "@/db/goals/goals";
import { loadOverview } from "@/db/queries/dashboard/overview";
import type { Locale } from "@/lib/format/locale";
import type { Period } from "@/lib/kpi/period";
import type { KpiSettings } from "@/lib/records/settings";
import { bridgeSteps, overviewCards, type OverviewCard } from "./cards";
import { overviewMessages } from "./messages";

export interface OverviewFiguresProps {
  db: Database;
  orgId: number;
  period: Period;
  settings: KpiSettings;
  locale: Locale;
}

/** The cards and charts; async, so the page streams them in behind a skeleton. */
export async function OverviewFigures({ db, orgId, period, settings, locale }: OverviewFiguresProps) {
  const m = overviewMessages(locale);
  const [{ report, trend }, goals] = await Promise.all([loadOverview(db, orgId, period, settings), listGoals(db, orgId)]);
  const cards = overviewCards(report, {
    locale,
    currency: settings.currency,
    workloadLower: settings.workloadLower,
    workloadUpper: settings.workloadUpper,
    goals,
  });
  return (
    <div className="flex flex-col gap-8">
      <CardSection id="revenue" title={m.sections.revenue} cards={cards.revenue} />
      <div className="grid gap-4 lg:grid-cols-2">
        <MrrTrendChart title={m.trendTitle} points={trend} currency={settings.currency} />
        <MrrBridgeChart title={m.bridgeTitle} steps={bridgeSteps(report, locale)} currency={settings.currency} />
      </div>
      <CardSection id="delivery" title={m.sections.delivery} cards={cards.delivery} />
    </div>
  );
}

function CardSection({ id, title, cards }: { id: string; title: string; cards: OverviewCard[] }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-3 text-sm font-semibold uppercase tracking-wide text-gray-600">
        {title}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {cards.map(({ id: cardId, ...card }) => (
          <li key={cardId} data-kpi={cardId} className="flex [&>*]:w-full">
            <KpiCard {...card} />
          </li>
        ))}
      </ul>
    </section>
  );
}

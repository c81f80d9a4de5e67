import { Link } from "@/components/link";
import type { ProfitabilityGaps } from "@/db/queries/profitability-gaps";
import type { Locale } from "@/lib/format/locale";
import { formatPercent } from "@/lib/format/number";
import type { ProfitabilitySection } from "@/lib/kpi/report-schema";
import type { ProfitabilityMessages } from "./messages";

interface Props {
  section: ProfitabilitySection;
  gaps: ProfitabilityGaps;
  /** Owners set hourly costs in Settings; managers only learn whose are missing. */
  isOwner: boolean;
  locale: Locale;
  t: ProfitabilityMessages;
}

const link = "font-medium text-blue-800 underline hover:text-blue-900";

/** What makes the period's figures incomplete, each with where it is fixed; names only, no amounts. */
export function DataQualityPanel({ section, gaps, isOwner, locale, t }: Props) {
  const q = t.quality;
  const costedShort = section.costed_hours_share !== null && section.costed_hours_share < 1;
  const hardCostShort = section.hard_cost_coverage !== null && section.hard_cost_coverage < 1;
  const complete = !costedShort && !hardCostShort && gaps.clientsWithoutContract.length === 0;
  return (
    <section aria-labelledby="quality-heading" data-quality className="flex flex-col gap-3 rounded-tremor-default border border-amber-200 bg-amber-50 p-5 text-sm text-amber-950">
      <h2 id="quality-heading" className="text-base font-semibold">
        {q.heading}
      </h2>
      {complete ? <p>{q.complete}</p> : null}
      {costedShort ? (
        <div data-gap="technicians">
          <p>{q.costedHours(formatPercent(section.costed_hours_share, locale))}</p>
          <p className="mt-1">{q.techniciansWithoutRate}</p>
          <ul className="ml-5 list-disc">
            {gaps.techniciansWithoutCost.map((tech) => (
              <li key={tech.id}>{tech.name}</li>
            ))}
          </ul>
          <p className="mt-1">
            {isOwner ? (
              <Link href="/settings" className={link}>
                {q.setInSettings}
              </Link>
            ) : (
              q.askOwner
            )}
          </p>
        </div>
      ) : null}
      {hardCostShort ? (
        <div data-gap="contracts">
          <p>{q.hardCost(formatPercent(section.hard_cost_coverage, locale))}</p>
          <p className="mt-1">{q.contractsWithoutCost}</p>
          <ul className="ml-5 list-disc">
            {gaps.contractsWithoutCost.map((c) => (
              <li key={c.id}>{q.contract(c.client, c.service)}</li>
            ))}
          </ul>
          <p className="mt-1">
            <Link href="/imports" className={link}>
              {q.importCosts}
            </Link>
          </p>
        </div>
      ) : null}
      {gaps.clientsWithoutContract.length > 0 ? (
        <div data-gap="clients">
          <p>{q.noContract}</p>
          <ul className="ml-5 list-disc">
            {gaps.clientsWithoutContract.map((c) => (
              <li key={c.id}>
                <Link href={`/clients/${c.id}`} className={link}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-1">
            <Link href="/imports" className={link}>
              {t.goToImports}
            </Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}

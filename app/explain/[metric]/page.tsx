// GET /explain/<metric>?from=…&to=…&subject=… — a figure's explanation view. For now its header and
// trend; the definition, formula and records join it (issue #17, item 1).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { alertsMessages, kpiLabel } from "@/app/alerts/messages";
import { PeriodPageFrame, type PageSearchParams } from "@/app/period-page-frame";
import { ALERT_KPI_KEYS } from "@/lib/alerts/kpis";
import type { Locale } from "@/lib/format/locale";
import { getLocale } from "@/lib/format/server-locale";
import { trendMessages } from "../trend-messages";
import { TrendSection } from "./trend-section";

export const dynamic = "force-dynamic";

type Params = Promise<{ metric: string }>;

const knownMetric = (metric: string) => (ALERT_KPI_KEYS as readonly string[]).includes(metric);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { metric } = await params;
  return { title: knownMetric(metric) ? kpiLabel(alertsMessages(await getLocale()), metric) : undefined };
}

export default async function ExplainPage({ params, searchParams }: { params: Params; searchParams: PageSearchParams }) {
  const { metric } = await params;
  if (!knownMetric(metric)) notFound();
  const query = await searchParams;
  const subject = typeof query.subject === "string" && query.subject !== "" ? query.subject : null;
  const text = (locale: Locale) => ({
    title: subject ? `${kpiLabel(alertsMessages(locale), metric)} · ${subject}` : kpiLabel(alertsMessages(locale), metric),
    subtitle: "",
    loading: trendMessages(locale).loading,
  });
  return (
    <PeriodPageFrame searchParams={searchParams} text={text} skeletonRows={4}>
      {({ period }) => <TrendSection metric={metric} subject={subject} period={period} />}
    </PeriodPageFrame>
  );
}

import "server-only";
import type { SqlRunner } from "@/db/client";
import { digestAlerts, slaByClientName } from "@/db/digest/inputs";
import type { DigestSubscription } from "@/db/digest/subscriptions";
import { computeKpiReportSql } from "@/db/queries/kpi";
import { getKpiSettings } from "@/db/queries/org-settings";
import { configuredPublicUrl } from "@/lib/auth/origins";
import { renderDigest, type DigestMail } from "@/lib/digest/render";
import { digestWeek } from "@/lib/digest/schedule";
import { signUnsubscribeToken } from "@/lib/digest/unsubscribe-token";
import { previousPeriod } from "@/lib/kpi/period";
import { KpiReport } from "@/lib/kpi/report-schema";
import { reportForRole } from "@/lib/kpi/served-report";
import { appSecret } from "../auth/app-secret";

export interface BuiltDigest {
  /** The ISO week covered, e.g. "2026-W10". */
  week: string;
  mail: DigestMail;
  unsubscribeUrl: string;
}

/** The unsubscribe address a digest links to (and names in its List-Unsubscribe header). */
export async function unsubscribeUrlFor(db: SqlRunner, recipient: { orgId: number; userId: string }): Promise<string> {
  return `${configuredPublicUrl()}/api/digest/unsubscribe?token=${signUnsubscribeToken(await appSecret(db), recipient)}`;
}

/**
 * The digest as the member gets it at `now`: the last full ISO week against the week before, in
 * the member's language, with what their role may read. The preview, the test mail, the CLI and
 * the scheduled send all render it here.
 */
export async function buildDigest(db: SqlRunner, member: DigestSubscription, options: { now: Date; lateSince?: Date | null }): Promise<BuiltDigest> {
  const settings = await getKpiSettings(db, member.orgId);
  const { period, week } = digestWeek(options.now, settings.timeZone);
  // Parsed as GET /api/kpis and `kpis --json` parse it, so the digest shows the same figures.
  const report = reportForRole(KpiReport.parse(await computeKpiReportSql(db, member.orgId, period, settings)), member.role);
  const [current, previous, alerts, unsubscribeUrl] = await Promise.all([
    slaByClientName(db, member.orgId, period),
    slaByClientName(db, member.orgId, previousPeriod(period)),
    digestAlerts(db, member.orgId, period, settings.timeZone),
    unsubscribeUrlFor(db, member),
  ]);
  const mail = renderDigest({
    locale: member.locale,
    orgName: member.orgName,
    currency: settings.currency,
    timeZone: settings.timeZone,
    workloadLower: settings.workloadLower,
    workloadUpper: settings.workloadUpper,
    week,
    report,
    clientSla: { current, previous },
    alerts,
    appUrl: configuredPublicUrl(),
    unsubscribeUrl,
    lateSince: options.lateSince ?? null,
  });
  return { week, mail, unsubscribeUrl };
}

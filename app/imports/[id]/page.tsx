import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { getImportRun, listImportRowErrors } from "@/db/imports/runs";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { formatDateTime } from "@/lib/format/date";
import { formatNumber } from "@/lib/format/number";
import { getLocale } from "@/lib/format/server-locale";
import { pageContext } from "@/server/request-context";
import { ImportSummary } from "../import-summary";
import { importsMessages } from "../messages";
import { RejectedRowsTable } from "../rejected-rows-table";
import { StatusBadge } from "../status-badge";
import { card, secondaryButton, sectionHeading } from "../styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(idParam: string) {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const { db, orgId } = await pageContext("manager");
  const run = await getImportRun(db, orgId, id);
  if (!run) return null;
  const [errors, timeZone] = await Promise.all([listImportRowErrors(db, orgId, id), getOrgTimeZone(db, orgId)]);
  return { run, errors, timeZone };
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: importsMessages(await getLocale()).title };
}

/** One import run: its counts, status and every rejected row kept in detail. */
export default async function ImportRunPage({ params }: Props) {
  const [loaded, locale] = await Promise.all([load((await params).id), getLocale()]);
  if (!loaded) notFound();
  const { run, errors, timeZone } = loaded;
  const t = importsMessages(locale);
  const status = t.statuses[run.status] ?? run.status;
  const stored = run.status === "completed";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/imports" className="font-medium text-blue-700 underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>
          {t.run.back}
        </Link>
      </p>
      <PageHeader
        title={t.run.title(run.file_name)}
        subtitle={t.run.subtitle(formatDateTime(run.started_at, locale, timeZone), run.started_by_shown)}
        actions={
          run.rejected > 0 ? (
            <a href={`/api/imports/${run.id}/errors`} download className={secondaryButton}>
              {t.result.download}
            </a>
          ) : null
        }
      />
      <section aria-labelledby="run-summary-heading" className={card}>
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="run-summary-heading" className={sectionHeading}>
            {t.result.summary}
          </h2>
          <StatusBadge status={run.status} label={status} />
          <span className="text-sm text-gray-600">
            {t.kinds[run.kind] ?? run.kind} · {t.formats[run.format] ?? run.format}
            {run.strict ? ` · ${t.run.strict}` : ""}
          </span>
        </div>
        {run.status === "aborted" ? (
          <p className="mt-3 rounded-tremor-default border border-amber-200 bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900">
            {t.result.aborted(run.rejected, formatNumber(run.rejected, locale))}
          </p>
        ) : run.status === "failed" ? (
          <p className="mt-3 rounded-tremor-default border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
            <span className="font-medium">{t.result.failed}</span> {run.error}
          </p>
        ) : null}
        <div className="mt-4">
          <ImportSummary
            counts={{
              status: run.status,
              rowsRead: run.rows_total,
              inserted: run.inserted,
              updated: run.updated,
              unchanged: stored ? run.rows_total - run.rejected - run.inserted - run.updated : null,
              rejected: run.rejected,
              clientsCreated: null,
              techniciansCreated: null,
              durationMs: run.duration_ms,
            }}
          />
        </div>
      </section>
      <section aria-labelledby="run-rejected-heading" className="mt-8">
        <h2 id="run-rejected-heading" className="mb-3 text-lg font-semibold text-gray-900">
          {t.result.rejectedHeading}
        </h2>
        {run.rejected > errors.length ? (
          <p className="mb-3 text-sm text-gray-600">{t.result.truncated(formatNumber(errors.length, locale), formatNumber(run.rejected, locale))}</p>
        ) : null}
        <RejectedRowsTable errors={errors} runId={run.id} />
      </section>
    </>
  );
}

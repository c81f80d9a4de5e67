import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { findClientByName } from "@/db/qbr/load-report";
import { buildQbrPdf, eachQbrPdf } from "@/server/qbr/export";
import { describePeriodIssues, KpiPeriodQuery } from "@/db/queries/kpi/period-query";
import { getKpiSettings } from "@/db/queries/org-settings";
import { isLocale, type Locale } from "@/lib/format/locale";
import { resolvePeriodPreset } from "@/lib/kpi/presets";
import { openCliDatabase, UsageError, type CliIo } from "./context";

export const QBR_USAGE = `msp-kpi qbr --client NAME [--from YYYY-MM-DD --to YYYY-MM-DD] --out FILE.pdf [--locale en|de]
msp-kpi qbr --all [--from YYYY-MM-DD --to YYYY-MM-DD] --out DIR [--locale en|de]
  --client  the client's name (case does not matter)
  --all     every client: one PDF each in DIR (created when missing)
  --from, --to  the report period (default: the last full quarter in the organisation's time zone)
  --locale  the report's language (default en)`;

export async function qbrCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      client: { type: "string" },
      all: { type: "boolean" },
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      locale: { type: "string" },
    },
  });
  const usage = (message: string) => new UsageError(`${message}\n\n${QBR_USAGE}`);
  if (positionals.length > 0) throw usage(`Unexpected argument "${positionals[0]}".`);
  if (Boolean(values.client) === Boolean(values.all)) throw usage("Give either --client NAME or --all.");
  if (!values.out) throw usage("--out is required.");
  const wanted = values.locale ?? "en";
  if (!isLocale(wanted)) throw usage(`--locale: expected en or de, got "${wanted}".`);
  const locale: Locale = wanted;
  if ((values.from === undefined) !== (values.to === undefined)) throw usage("--from and --to go together.");

  const { db, orgId } = await openCliDatabase(io.env);
  try {
    const settings = await getKpiSettings(db, orgId);
    const parsed = KpiPeriodQuery.safeParse(
      values.from ? { from: values.from, to: values.to } : resolvePeriodPreset("last-quarter", new Date(), settings.timeZone),
    );
    if (!parsed.success) throw usage(describePeriodIssues(parsed.error).replace(/(^|; )(from|to):/g, "$1--$2:"));
    const period = parsed.data;

    if (values.client) {
      const client = await findClientByName(db, orgId, values.client);
      if (!client) throw usage(`No client named "${values.client}".`);
      const result = await buildQbrPdf(db, orgId, client.id, period, locale);
      if (!result) throw usage(`No client named "${values.client}".`);
      mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
      writeFileSync(values.out, result.pdf);
      io.out(`Wrote ${values.out}: QBR of ${client.name}, ${period.from} … ${period.to}.`);
      return 0;
    }
    const dir = path.resolve(values.out);
    mkdirSync(dir, { recursive: true });
    const written = await eachQbrPdf(db, orgId, period, locale, (pdf, progress) => {
      writeFileSync(path.join(dir, pdf.fileName), pdf.pdf);
      io.out(`[${progress.done}/${progress.total}] ${pdf.fileName}`);
    });
    io.out(written === 0 ? "No clients: nothing written." : `Wrote ${written} QBR PDFs for ${period.from} … ${period.to} to ${values.out}.`);
    return 0;
  } finally {
    await db.close();
  }
}

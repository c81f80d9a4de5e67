// GET /settings — org settings that change the figures, and each technician's weekly capacity.
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageHeader } from "@/components/page-header";
import { getHourlyCosts, getKpiSettings, listTechnicianCapacities } from "@/db/queries/org-settings";
import { getLocale } from "@/lib/format/server-locale";
import { settingsFormValues } from "@/lib/settings/form-values";
import { timeZoneOptions } from "@/lib/settings/schema";
import { pageContext } from "@/server/request-context";
import { accessMessages } from "./access/messages";
import { settingsMessages } from "./messages";
import { NotConfirmedTechnicians } from "./not-confirmed";
import { SettingsForm } from "./settings-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: settingsMessages(await getLocale()).title };
}

export default async function SettingsPage() {
  const [locale, { db, orgId, role }] = await Promise.all([getLocale(), pageContext("owner")]);
  const m = settingsMessages(locale);
  const [settings, technicians, hourlyCosts] = await Promise.all([
    getKpiSettings(db, orgId),
    listTechnicianCapacities(db, orgId),
    // Hourly costs are close to salaries: read them only for an owner, whoever else may see this page.
    role === "owner" ? getHourlyCosts(db, orgId) : null,
  ]);
  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={m.subtitle}
        actions={
          <Link href="/settings/access" className="rounded-tremor-small px-3 py-1.5 text-sm font-medium text-blue-800 ring-1 ring-gray-300 hover:bg-gray-50">
            {accessMessages(locale).link}
          </Link>
        }
      />
      <SettingsForm
        // A new roster (an import ran meanwhile) starts a fresh form with every technician's capacity.
        key={technicians.map((t) => t.id).join(",")}
        initial={settingsFormValues(settings, technicians, hourlyCosts)}
        // The server's zone list, so server and browser render the same options.
        timeZones={timeZoneOptions(settings.timeZone)}
        technicians={technicians.map((t) => ({ id: t.id, name: t.name, role: t.role, activeFrom: t.active_from, activeTo: t.active_to, confirmed: t.confirmed }))}
      />
      <NotConfirmedTechnicians technicians={technicians.filter((t) => !t.confirmed)} locale={locale} />
    </>
  );
}

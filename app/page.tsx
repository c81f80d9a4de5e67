import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { getMessages } from "@/lib/format/messages";
import { getLocale } from "@/lib/format/server-locale";

// Placeholder until the real overview lands; dynamic because the overview will read the database.
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const t = getMessages(await getLocale());
  return (
    <>
      <PageHeader title={t.overview.title} subtitle={t.overview.subtitle} />
      <EmptyState title={t.noData} text={t.noDataImport} action={{ href: "/imports", label: t.goToImports }} />
    </>
  );
}

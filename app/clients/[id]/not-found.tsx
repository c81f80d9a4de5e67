import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { getLocale } from "@/lib/format/server-locale";
import { clientsMessages } from "../messages";

export default async function ClientNotFound() {
  const t = clientsMessages(await getLocale());
  return (
    <>
      <PageHeader title={t.title} />
      <EmptyState title="404" text={t.notFound} action={{ href: "/clients", label: t.back }} />
    </>
  );
}

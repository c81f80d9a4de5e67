import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { shellMessages } from "@/components/shell-messages";
import { getLocale } from "@/lib/format/server-locale";

export default async function NotFound() {
  const t = shellMessages(await getLocale());
  return (
    <>
      <PageHeader title={t.notFound.title} />
      <EmptyState title="404" text={t.notFound.text} action={{ href: "/", label: t.notFound.back }} />
    </>
  );
}

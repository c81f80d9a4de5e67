import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { getMessages } from "@/lib/format/messages";
import { getLocale } from "@/lib/format/server-locale";

export default async function NotFound() {
  const t = getMessages(await getLocale());
  return (
    <>
      <PageHeader title={t.notFound.title} />
      <EmptyState title="404" text={t.notFound.text} action={{ href: "/", label: t.notFound.back }} />
    </>
  );
}

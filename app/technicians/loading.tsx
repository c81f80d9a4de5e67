import { FiguresSkeleton } from "@/components/figures-skeleton";
import { getLocale } from "@/lib/format/server-locale";
import { techniciansMessages } from "./messages";

export default async function Loading() {
  const t = techniciansMessages(await getLocale());
  return (
    <>
      <div className="mb-6 h-14" aria-hidden="true" />
      <FiguresSkeleton label={t.loading} rows={8} />
    </>
  );
}

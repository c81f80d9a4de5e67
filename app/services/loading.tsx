import { getLocale } from "@/lib/format/server-locale";
import { FiguresSkeleton } from "../clients/skeleton";
import { servicesMessages } from "./messages";

export default async function Loading() {
  const t = servicesMessages(await getLocale());
  return (
    <>
      <div className="mb-6 h-14" aria-hidden="true" />
      <FiguresSkeleton label={t.loading} rows={6} />
    </>
  );
}

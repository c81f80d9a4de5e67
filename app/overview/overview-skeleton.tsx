/** Placeholder blocks in the shape of the cards and charts while the figures load. */
export function OverviewSkeleton({ label }: { label: string }) {
  const block = "animate-pulse rounded-tremor-default border border-gray-200 bg-white shadow-tremor-card";
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-8">
      <span className="sr-only">{label}</span>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className={`${block} h-40 p-5`}>
            <div className="h-3 w-24 rounded bg-gray-200" />
            <div className="mt-4 h-7 w-36 rounded bg-gray-200" />
            <div className="mt-4 h-3 w-28 rounded bg-gray-100" />
          </div>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2" aria-hidden="true">
        <div className={`${block} h-80`} />
        <div className={`${block} h-80`} />
      </div>
    </div>
  );
}

/** Placeholder blocks in the shape of a table (and optional cards) while the figures load. */
export function FiguresSkeleton({ label, cards = 0, rows = 8 }: { label: string; cards?: number; rows?: number }) {
  const block = "animate-pulse rounded-tremor-default border border-gray-200 bg-white shadow-tremor-card";
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">{label}</span>
      {cards > 0 ? (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-hidden="true">
          {Array.from({ length: cards }, (_, i) => (
            <div key={i} className={`${block} h-32`} />
          ))}
        </div>
      ) : null}
      <div className={`${block} p-4`} aria-hidden="true">
        <div className="mb-4 h-8 w-1/3 rounded bg-gray-100" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="mb-2 h-6 rounded bg-gray-100" />
        ))}
      </div>
    </div>
  );
}

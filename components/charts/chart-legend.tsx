export interface LegendItem {
  name: string;
  /** A Tremor colour name, as given to the chart's `colors` (e.g. "blue", "emerald"). */
  color: string;
}

/**
 * A chart's legend as a plain list of names with their colour. Charts pass `showLegend={false}`
 * and show this under them instead: Tremor's own legend nests a <div> in its <ol>, which screen
 * readers announce as a broken list (axe "list", serious).
 */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-700">
      {items.map((item) => (
        <li key={item.name} className="flex items-center gap-1.5">
          {/* bg-<colour>-500 is safelisted in tailwind.config.ts for Tremor's colours. */}
          <span aria-hidden="true" className={`h-2 w-2 shrink-0 rounded-full bg-${item.color}-500`} />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

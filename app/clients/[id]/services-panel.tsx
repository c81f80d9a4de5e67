import type { ClientsMessages } from "../messages";

/** The client's active services, and the services other clients have that it does not (cross-sell). */
export function ServicesPanel({ services, held, t }: { services: string[]; held: { service: string; clients: number }[]; t: ClientsMessages }) {
  const missing = held.filter((h) => !services.includes(h.service)).sort((a, b) => b.clients - a.clients || a.service.localeCompare(b.service));
  return (
    <section aria-labelledby="services-heading" className="flex flex-col gap-5 rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <div>
        <h2 id="services-heading" className="text-base font-semibold text-gray-900">
          {t.services}
        </h2>
        {services.length === 0 ? (
          <p className="mt-2 text-sm text-gray-700">{t.servicesNone}</p>
        ) : (
          <ul className="mt-3 flex flex-wrap gap-2">
            {services.map((s) => (
              <li key={s} className="rounded-full bg-blue-50 px-3 py-1 text-sm font-medium text-blue-800 ring-1 ring-inset ring-blue-200">
                {s}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-sm font-semibold text-gray-900">{t.crossSell}</h3>
        <p className="mt-1 text-sm text-gray-600">{t.crossSellHint}</p>
        {missing.length === 0 ? (
          <p className="mt-2 text-sm text-gray-700">{t.crossSellNone}</p>
        ) : (
          <ul className="mt-3 divide-y divide-gray-100">
            {missing.map((m) => (
              <li key={m.service} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span className="font-medium text-gray-900">{m.service}</span>
                <span className="text-gray-600">{t.clientsWith(m.clients)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

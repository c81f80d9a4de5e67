import type { ClientBasics } from "@/db/queries/clients";
import { dec, roundMoney } from "@/lib/kpi/round";
import type { ClientProfitability } from "@/lib/kpi/report-schema";
import { marginBand, type MarginBand } from "@/lib/profitability/margin-band";

/** A client row of the profitability table: the engine's figures, its MRR on E and its margin band. */
export interface ProfitabilityRow extends ClientProfitability {
  id: number | null;
  name: string;
  mrr: number;
  band: MarginBand | null;
}

/** The report's by_client (keyed by name) joined to the clients' ids and MRR. */
export function profitabilityRows(byClient: Record<string, ClientProfitability>, clients: ClientBasics[]): ProfitabilityRow[] {
  const byName = new Map(clients.map((c) => [c.name, c]));
  return Object.entries(byClient).map(([name, figures]) => {
    const client = byName.get(name);
    return { ...figures, id: client?.id ?? null, name, mrr: client ? roundMoney(dec(client.mrr)) : 0, band: marginBand(figures.gross_margin) };
  });
}

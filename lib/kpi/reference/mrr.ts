import Big from "big.js";
import type { KpiContract } from "./dataset";
import { inPeriod, startDay, type Period } from "../period";
import { dec, sum, ZERO } from "../round";

/** Active on day d: start_date ≤ d and (end_date empty or d ≤ end_date) — end_date is inclusive. */
export function activeOn(contract: Pick<KpiContract, "start_date" | "end_date">, day: string): boolean {
  return contract.start_date <= day && (contract.end_date === null || day <= contract.end_date);
}

/** A yearly price as monthly_value = yearly / 12, kept to 16 decimals (rounded half-up). */
const Sixteen = Big();
Sixteen.DP = 16;
Sixteen.RM = Big.roundHalfUp;
export function monthlyValueFromYearly(yearly: string): string {
  return new Sixteen(yearly).div(12).toFixed();
}

/** MRR(d), MRR(c, d) or MRR(c, s, d): Σ monthly_value of the contracts active on d, optionally for one client/service. */
export function mrrOn(contracts: readonly Pick<KpiContract, "client" | "service" | "monthly_value" | "start_date" | "end_date">[], day: string, only: { client?: string; service?: string } = {}): Big {
  return sum(
    contracts
      .filter((c) => activeOn(c, day))
      .filter((c) => only.client === undefined || c.client === only.client)
      .filter((c) => only.service === undefined || c.service === only.service)
      .map((c) => dec(c.monthly_value)),
  );
}

/** MRR(c, s, d) for every client and service at once: client → service → MRR. */
export function mrrByClientService(contracts: readonly KpiContract[], day: string): Map<string, Map<string, Big>> {
  const byClient = new Map<string, Map<string, Big>>();
  for (const c of contracts) {
    if (!activeOn(c, day)) continue;
    const services = byClient.get(c.client) ?? new Map<string, Big>();
    services.set(c.service, (services.get(c.service) ?? ZERO).plus(c.monthly_value));
    byClient.set(c.client, services);
  }
  return byClient;
}

/** MRR(c, d) for every client with a contract active on d. */
export function mrrByClient(contracts: readonly KpiContract[], day: string): Map<string, Big> {
  const result = new Map<string, Big>();
  for (const [client, services] of mrrByClientService(contracts, day)) result.set(client, sum(services.values()));
  return result;
}

/** Each client's earliest contract start_date. */
export function firstStartByClient(contracts: readonly KpiContract[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const c of contracts) {
    const seen = first.get(c.client);
    if (seen === undefined || c.start_date < seen) first.set(c.client, c.start_date);
  }
  return first;
}

/** Clients whose earliest contract start_date lies in P. */
export function newClientsIn(contracts: readonly KpiContract[], period: Period): Set<string> {
  const result = new Set<string>();
  for (const [client, first] of firstStartByClient(contracts)) if (inPeriod(first, period)) result.add(client);
  return result;
}

/** The MRR bridge from S to E, exact (not rounded). net_new_mrr = mrr − mrr_start always. */
export interface MrrBridge {
  mrr: Big;
  mrrStart: Big;
  newClients: string[];
  newMrr: Big;
  reactivatedMrr: Big;
  upsellMrr: Big;
  crossSellMrr: Big;
  contractionMrr: Big;
  churnedMrr: Big;
  churnedClients: string[];
  netNewMrr: Big;
}

export function computeMrrBridge(contracts: readonly KpiContract[], period: Period): MrrBridge {
  const S = startDay(period);
  const E = period.to;
  const atStart = mrrByClientService(contracts, S);
  const atEnd = mrrByClientService(contracts, E);
  const isNew = newClientsIn(contracts, period);
  const b: MrrBridge = {
    mrr: ZERO,
    mrrStart: ZERO,
    newClients: [...isNew].sort(),
    newMrr: ZERO,
    reactivatedMrr: ZERO,
    upsellMrr: ZERO,
    crossSellMrr: ZERO,
    contractionMrr: ZERO,
    churnedMrr: ZERO,
    churnedClients: [],
    netNewMrr: ZERO,
  };
  const clients = [...new Set(contracts.map((c) => c.client))].sort();
  for (const client of clients) {
    const s = atStart.get(client) ?? new Map<string, Big>();
    const e = atEnd.get(client) ?? new Map<string, Big>();
    const mS = sum(s.values());
    const mE = sum(e.values());
    b.mrrStart = b.mrrStart.plus(mS);
    b.mrr = b.mrr.plus(mE);
    if (isNew.has(client)) {
      b.newMrr = b.newMrr.plus(mE);
    } else if (mS.eq(0)) {
      b.reactivatedMrr = b.reactivatedMrr.plus(mE);
    } else if (mE.eq(0)) {
      b.churnedMrr = b.churnedMrr.plus(mS);
      b.churnedClients.push(client);
    } else {
      for (const service of new Set([...s.keys(), ...e.keys()])) {
        const before = s.get(service) ?? ZERO;
        const after = e.get(service) ?? ZERO;
        if (before.gt(0) && after.gt(before)) b.upsellMrr = b.upsellMrr.plus(after.minus(before));
        if (before.eq(0) && after.gt(0)) b.crossSellMrr = b.crossSellMrr.plus(after);
        if (before.gt(after)) b.contractionMrr = b.contractionMrr.plus(before.minus(after));
      }
    }
  }
  b.netNewMrr = b.newMrr
    .plus(b.reactivatedMrr)
    .plus(b.upsellMrr)
    .plus(b.crossSellMrr)
    .minus(b.contractionMrr)
    .minus(b.churnedMrr);
  return b;
}

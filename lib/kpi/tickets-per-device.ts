import { dec, figureRatio } from "./round";

/** Tickets created in P ÷ managed devices on E ÷ (days of P / 30.4375): tickets per device per average month. */
export function ticketsPerDevice(createdCount: number, managedDevices: number, days: number): number | null {
  return figureRatio(dec(createdCount).times("30.4375"), dec(managedDevices).times(days));
}

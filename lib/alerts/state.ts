// The life of one alert (one rule and one subject): it fires once when the figure crosses the
// threshold, stays firing (or acknowledged) while it stays on the bad side, and resolves when the
// figure is back on the good side; the next crossing fires again.

export type AlertState = "firing" | "acknowledged" | "resolved";

/** What to do after an evaluation, given the alert's open state (none when no alert is open). */
export type AlertTransition = "fire" | "resolve" | "keep" | "none";

export function nextAlertState(previous: AlertState | null, crossed: boolean): { state: AlertState | null; transition: AlertTransition } {
  const open = previous === "firing" || previous === "acknowledged";
  if (!open) return crossed ? { state: "firing", transition: "fire" } : { state: previous, transition: "none" };
  return crossed ? { state: previous, transition: "keep" } : { state: "resolved", transition: "resolve" };
}

import { daysInMonth } from "@/lib/kpi/calendar";
import type { Period } from "@/lib/kpi/period";

export interface Quarter extends Period {
  /** "2026-Q3" */
  key: string;
}

/** The last `count` full quarters before the one `today` (YYYY-MM-DD, local) lies in, newest first. */
export function recentQuarters(today: string, count: number): Quarter[] {
  let year = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: Quarter[] = [];
  for (let i = 0; i < count; i++) {
    q -= 1;
    if (q === 0) [year, q] = [year - 1, 4];
    const first = (q - 1) * 3 + 1;
    const pad = (n: number) => String(n).padStart(2, "0");
    out.push({ key: `${year}-Q${q}`, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${pad(daysInMonth(year, first + 2))}` });
  }
  return out;
}

import { html, type Html } from "./html";

// A small vertical bar chart as inline SVG, for the printed report (no script runs in the PDF).

export interface Bar {
  label: string;
  value: number;
  /** What is written above the bar. */
  text: string;
}

const WIDTH = 320;
const HEIGHT = 150;
const AXIS = 18; // room for the labels under the bars
const TOP = 14; // room for the values above the tallest bar

export function barChartSvg(title: string, bars: Bar[], color: string): Html {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const slot = bars.length === 0 ? WIDTH : WIDTH / bars.length;
  const barWidth = Math.min(48, slot * 0.6);
  const plot = HEIGHT - AXIS - TOP;
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg">
    <line x1="0" y1="${HEIGHT - AXIS}" x2="${WIDTH}" y2="${HEIGHT - AXIS}" stroke="#cbd5e1" stroke-width="1"/>
    ${bars.map((b, i) => {
      const h = max === 0 ? 0 : (b.value / max) * plot;
      const x = i * slot + (slot - barWidth) / 2;
      const y = HEIGHT - AXIS - h;
      return html`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" rx="2" fill="${color}"/>
        <text x="${(x + barWidth / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle" font-size="9" fill="#334155">${b.text}</text>
        <text x="${(x + barWidth / 2).toFixed(1)}" y="${HEIGHT - 5}" text-anchor="middle" font-size="9" fill="#475569">${b.label}</text>`;
    })}
  </svg>`;
}

"use client";

import { ProgressBar as TremorProgressBar, type Color } from "@tremor/react";
import { NO_DATA } from "@/lib/format/number";

export interface ProgressBarProps {
  /** A ratio, 0.75 = 75 %; clamped to 0…1 for the bar. null draws an empty bar and reads "no data". */
  ratio: number | null;
  /** Accessible name, and the visible caption unless hideLabel. */
  label: string;
  /** Formatted value for people and screen readers, e.g. formatPercent(ratio, locale). */
  valueText?: string;
  color?: Color;
  hideLabel?: boolean;
}

export function ProgressBar({ ratio, label, valueText, color = "blue", hideLabel = false }: ProgressBarProps) {
  const percent = ratio === null || !Number.isFinite(ratio) ? null : Math.min(100, Math.max(0, ratio * 100));
  const text = valueText ?? (percent === null ? NO_DATA : `${Math.round(percent)}\u00a0%`);
  return (
    <div className="w-full">
      {hideLabel ? null : (
        <div className="mb-1 flex justify-between gap-2 text-sm">
          <span className="text-gray-700">{label}</span>
          <span className="tabular-nums text-gray-900">{text}</span>
        </div>
      )}
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent === null ? undefined : Math.round(percent)}
        aria-valuetext={text}
      >
        <TremorProgressBar value={percent ?? 0} color={color} />
      </div>
    </div>
  );
}

"use client";

import type { EventProps } from "@tremor/react";
import { useRouter } from "next/navigation";

// A chart point that stands for a figure opens that figure's explanation view. The click is for
// the mouse; the same links sit in the chart's table for the keyboard and screen readers.

/**
 * Tremor's onValueChange hands over the clicked data row; a row carrying `href` navigates there.
 * With `category`, only a click on that category's bar does (the others explain another figure).
 * A row of stacked bars may carry `hrefs` instead, one per category: each segment opens its own.
 */
export function useOpenPoint(category?: string): (value: EventProps) => void {
  const router = useRouter();
  return (value) => {
    if (category !== undefined && value?.categoryClicked !== category) return;
    const perCategory = value?.hrefs as Record<string, string> | undefined;
    const href = perCategory?.[String(value?.categoryClicked)] ?? value?.href;
    if (typeof href === "string") router.push(href);
  };
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useLocale } from "./locale-provider";
import { componentMessages } from "./messages";

// How often the page asks the server again while a settings rebuild is pending.
const REFRESH_EVERY_MS = 5_000;

/**
 * Says that the figures still use the previous settings while the rollups are rebuilt for new
 * ones (a status, not an alert: the page stays usable), and re-renders the page until the server
 * no longer shows it.
 */
export function RecomputingNotice() {
  const router = useRouter();
  const text = componentMessages(useLocale()).recomputing;
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p role="status" className="mb-4 rounded-tremor-default border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
      {text}
    </p>
  );
}

"use client";

import { Link } from "@/components/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useLocale } from "./locale-provider";
import { shellMessages } from "./shell-messages";

// The shell's bell: how many alerts fire unacknowledged, linking to /alerts. It asks
// GET /api/alerts/unread on every navigation and once a minute, so components stay free of the database.

const REFRESH_MS = 60_000;

export function AlertBell() {
  const t = shellMessages(useLocale());
  const pathname = usePathname();
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetch("/api/alerts/unread", { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<{ unread: number }>) : null))
        .then((body) => {
          if (!cancelled && body) setUnread(body.unread);
        })
        .catch(() => undefined);
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [pathname]);

  const count = unread ?? 0;
  return (
    <Link
      href="/alerts"
      aria-label={t.unreadAlerts(count)}
      title={t.unreadAlerts(count)}
      data-testid="alert-bell"
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-tremor-default text-gray-600 hover:bg-gray-100 hover:text-gray-900"
    >
      <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="h-5 w-5">
        <path d="M5 8a5 5 0 0 1 10 0c0 4 1.5 5.5 2 6H3c.5-.5 2-2 2-6ZM8 16.5a2 2 0 0 0 4 0" />
      </svg>
      {count > 0 ? (
        <span aria-hidden="true" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}

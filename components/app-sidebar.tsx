import { Link } from "@/components/link";
import { roleAtLeast, type Role } from "@/lib/auth/roles";
import { AlertBell } from "./alert-bell";
import { LocaleSwitch } from "./locale-switch";
import { NavLinks, type NavItem } from "./nav-links";
import type { ShellMessages } from "./shell-messages";
import { SignedInUser, type SignedInUserProps } from "./signed-in-user";

/** Left sidebar on md+ screens; a top bar with a scrollable link row on small ones. */
export function AppSidebar({ t, user, technicianLinked }: { t: ShellMessages; user: SignedInUserProps; technicianLinked: boolean }) {
  const all: (NavItem & { minRole?: Role })[] = [
    { href: "/", label: t.nav.overview, icon: "overview" },
    { href: "/clients", label: t.nav.clients, icon: "clients" },
    { href: "/technicians", label: t.nav.technicians, icon: "technicians" },
    { href: "/services", label: t.nav.services, icon: "services" },
    { href: "/profitability", label: t.nav.profitability, icon: "profitability", minRole: "manager" },
    { href: "/goals", label: t.nav.goals, icon: "goals" },
    { href: "/scorecards", label: t.nav.scorecards, icon: "scorecards", minRole: "manager" },
    ...(technicianLinked ? [{ href: "/scorecards/me", label: t.nav.myScorecard, icon: "scorecards" as const }] : []),
    { href: "/reports", label: t.nav.reports, icon: "reports" },
    { href: "/assessment", label: t.nav.assessment, icon: "assessment" },
    { href: "/alerts", label: t.nav.alerts, icon: "alerts" },
    { href: "/imports", label: t.nav.imports, icon: "imports", minRole: "manager" },
    { href: "/webhooks", label: t.nav.webhooks, icon: "webhooks", minRole: "owner" },
    { href: "/settings", label: t.nav.settings, icon: "settings", minRole: "owner" },
  ];
  // Links the role cannot open are not shown; the pages check the role themselves as well.
  const items = all.filter((item) => roleAtLeast(user.role, item.minRole ?? "viewer"));
  return (
    <aside className="border-b border-gray-200 bg-white md:sticky md:top-0 md:flex md:h-screen md:w-60 md:shrink-0 md:flex-col md:border-b-0 md:border-r">
      <div className="flex items-center justify-between gap-3 px-6 py-4 md:py-6">
        <Link href="/" className="group flex items-center gap-2 rounded">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-tremor-default bg-blue-700 text-sm font-bold text-white">
            K
          </span>
          <span className="text-lg font-semibold tracking-tight text-gray-900">{t.productName}</span>
        </Link>
        <AlertBell />
        <div className="md:hidden">
          <LocaleSwitch />
        </div>
      </div>
      <nav aria-label={t.nav.label} className="md:flex-1">
        <NavLinks items={items} />
      </nav>
      <div className="border-t border-gray-200 px-6 py-4">
        <SignedInUser {...user} />
      </div>
      <div className="hidden border-t border-gray-200 px-6 py-4 md:block">
        <LocaleSwitch />
        <p className="mt-3 text-xs text-gray-600">{t.productTagline}</p>
      </div>
    </aside>
  );
}

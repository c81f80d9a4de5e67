import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AppSidebar } from "@/components/app-sidebar";
import { LocaleProvider } from "@/components/locale-provider";
import { shellMessages } from "@/components/shell-messages";
import { getLocale } from "@/lib/format/server-locale";
import { BARE_PAGE_HEADER } from "@/lib/http/security-headers";
import { currentViewer } from "@/server/request-context";
import "./globals.css";

// Inline icon: no file to serve, and browsers stop asking for a missing /favicon.ico.
const ICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1d4ed8"/>' +
      '<path d="M8 23V9M8 17l9-8M12 14l7 9" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round"/></svg>',
  );

export const metadata: Metadata = {
  title: { default: "msp-kpi", template: "%s · msp-kpi" },
  description: "KPI dashboard for managed IT service providers",
  icons: { icon: ICON },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, viewer, requestHeaders] = await Promise.all([getLocale(), currentViewer(), headers()]);
  const t = shellMessages(locale);
  // The wallboard fills a TV screen: no navigation, no margins.
  if (requestHeaders.get(BARE_PAGE_HEADER) === "1") {
    return (
      <html lang={locale}>
        <body>
          <LocaleProvider locale={locale}>{children}</LocaleProvider>
        </body>
      </html>
    );
  }
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <LocaleProvider locale={locale}>
          <a
            href="#main"
            className="sr-only rounded-tremor-default bg-white text-sm font-medium text-blue-800 shadow-tremor-dropdown ring-1 ring-gray-200 focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:px-4 focus:py-2"
          >
            {t.skipToContent}
          </a>
          <div className="md:flex md:min-h-screen">
            {/* Nothing about the business shows before sign-in, not even the navigation. */}
            {viewer ? (
              <AppSidebar
                t={t}
                technicianLinked={viewer.technicianLinked}
                user={{ name: viewer.name, email: viewer.email, role: viewer.role, orgName: viewer.orgName, labels: { role: t.roles[viewer.role], signOut: t.signOut, digest: t.digest } }}
              />
            ) : null}
            <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-6 md:px-10 md:py-10">
              <div className="mx-auto max-w-7xl">{children}</div>
            </main>
          </div>
        </LocaleProvider>
      </body>
    </html>
  );
}

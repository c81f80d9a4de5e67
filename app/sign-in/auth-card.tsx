import type { ReactNode } from "react";
import { LocaleSwitch } from "@/components/locale-switch";

/** The centred card of the pages shown before sign-in (no sidebar there). */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <div className="mx-auto mt-8 max-w-md rounded-tremor-default border border-gray-200 bg-white p-6 shadow-tremor-card sm:mt-16 sm:p-8">
      <p className="mb-4 flex items-center gap-2 text-lg font-semibold text-gray-900">
        <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-tremor-default bg-blue-700 text-sm font-bold text-white">
          K
        </span>
        msp-kpi
      </p>
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{title}</h1>
      {subtitle ? <p className="mt-1 text-sm text-gray-600">{subtitle}</p> : null}
      <div className="mt-6">{children}</div>
      <div className="mt-6 border-t border-gray-200 pt-4">
        <LocaleSwitch />
      </div>
    </div>
  );
}

export const buttonClass =
  "inline-flex w-full justify-center rounded-tremor-default bg-blue-700 px-4 py-2 text-sm font-semibold text-white shadow-tremor-input hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";

export function FormMessage({ tone, children }: { tone: "error" | "ok" | "info"; children: ReactNode }) {
  const colours = { error: "bg-red-50 text-red-800 ring-red-200", ok: "bg-green-50 text-green-800 ring-green-200", info: "bg-blue-50 text-blue-900 ring-blue-200" };
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-tremor-small p-3 text-sm ring-1 ${colours[tone]}`}>
      {children}
    </p>
  );
}

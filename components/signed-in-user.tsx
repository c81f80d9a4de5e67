"use client";

import { Link } from "@/components/link";
import { useState } from "react";
import type { Role } from "@/lib/auth/roles";

export interface SignedInUserProps {
  name: string;
  email: string;
  role: Role;
  orgName: string;
  labels: { role: string; signOut: string; digest: string };
}

/** Who is signed in, for which org and with which role; sign-out ends the session on the server. */
export function SignedInUser({ name, email, orgName, labels }: SignedInUserProps) {
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).catch(() => null);
    // A full load, not the router: it drops the client's cache of signed-in pages, and replacing
    // the history entry keeps Back from showing the last one again.
    window.location.replace("/sign-in");
  }
  return (
    <div className="flex items-center justify-between gap-3 text-sm md:flex-col md:items-start">
      <div className="min-w-0">
        <p className="truncate font-medium text-gray-900" title={email}>
          {name}
        </p>
        <p className="truncate text-xs text-gray-600">
          {orgName} · {labels.role}
        </p>
        <Link href="/settings/digest" className="text-xs font-medium text-blue-800 underline hover:text-blue-900">
          {labels.digest}
        </Link>
      </div>
      <button
        type="button"
        onClick={signOut}
        disabled={busy}
        className="shrink-0 rounded-tremor-small px-2 py-1 text-sm font-medium text-blue-800 ring-1 ring-gray-300 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        {labels.signOut}
      </button>
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { DEFAULT_SHARE_EXPIRY_DAYS, SHARE_EXPIRY_DAYS } from "@/lib/sharing/tokens";
import { CopyField } from "@/app/webhooks/copy-button";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";
import { shareLinksMessages, type ShareLinksMessages } from "./messages";

export interface ShareLinkView {
  id: number;
  prefix: string;
  from: string;
  to: string;
  createdByName: string | null;
  createdAt: string;
  expiresAt: string;
  status: "active" | "expired" | "revoked";
}

const button =
  "rounded-tremor-small px-3 py-1.5 text-sm font-medium ring-1 ring-gray-300 hover:bg-gray-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60";
const primary =
  "rounded-tremor-small bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";

function RevokeButton({ id, m }: { id: number; m: ShareLinksMessages }) {
  const [, action, pending] = useActionState(revokeShareLinkAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={`${button} text-red-700`} disabled={pending}>
        {m.revoke}
      </button>
    </form>
  );
}

/** The client page's card: share the QBR of a period (the link is shown once), and the client's links with revoke buttons. */
export function ShareLinksSection(props: { clientId: number; period: { from: string; to: string }; links: ShareLinkView[]; timeZone: string }) {
  const { clientId, period, links, timeZone } = props;
  const locale = useLocale();
  const m = shareLinksMessages(locale);
  const [state, action, pending] = useActionState(createShareLinkAction, null);
  const failed = state?.ok === false ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <section aria-labelledby="share-links-title" className="mt-8 rounded-tremor-default border border-gray-200 bg-white p-5 shadow-tremor-card">
      <h2 id="share-links-title" className="text-lg font-semibold text-gray-900">
        {m.title}
      </h2>
      <p className="mt-1 text-sm text-gray-600">{m.hint}</p>
      <form action={action} className="mt-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="clientId" value={clientId} />
        <Field id="share-from" label={m.from} error={errors.from}>
          <input type="date" name="from" required defaultValue={failed?.values?.from ?? period.from} className={inputClass} {...describedBy("share-from", { error: errors.from })} />
        </Field>
        <Field id="share-to" label={m.to} error={errors.to}>
          <input type="date" name="to" required defaultValue={failed?.values?.to ?? period.to} className={inputClass} {...describedBy("share-to", { error: errors.to })} />
        </Field>
        <Field id="share-days" label={m.expiry}>
          <select id="share-days" name="days" defaultValue={String(DEFAULT_SHARE_EXPIRY_DAYS)} className={inputClass}>
            {SHARE_EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {m.days(days)}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className={primary} disabled={pending}>
          {m.create}
        </button>
      </form>
      {failed?.error === "no_client" ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {m.noClient}
        </p>
      ) : null}
      {state?.ok && state.url ? (
        <div role="status" className="mt-4 rounded-tremor-small bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-200">
          <p className="mb-2 font-medium">{m.shownOnce}</p>
          <CopyField label={m.linkLabel} value={state.url} testId="new-share-link" />
        </div>
      ) : null}
      {links.length === 0 ? (
        <p className="mt-4 text-sm text-gray-600">{m.none}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{m.caption}</caption>
            <thead className="border-b border-gray-200 text-gray-700">
              <tr>
                {[m.period, m.createdBy, m.created, m.expires, m.status].map((h) => (
                  <th key={h} scope="col" className="py-2 pr-4 font-medium">
                    {h}
                  </th>
                ))}
                <th scope="col" className="sr-only">
                  {m.revoke}
                </th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id} data-share-link={link.prefix} className="border-b border-gray-100">
                  <td className="py-2 pr-4 text-gray-900">
                    {formatDate(link.from, locale)} – {formatDate(link.to, locale)}
                  </td>
                  <td className="py-2 pr-4 text-gray-700">{link.createdByName ?? m.formerMember}</td>
                  <td className="py-2 pr-4 text-gray-700">{formatDateTime(link.createdAt, locale, timeZone)}</td>
                  <td className="py-2 pr-4 text-gray-700">{formatDateTime(link.expiresAt, locale, timeZone)}</td>
                  <td className="py-2 pr-4 text-gray-700">{m[link.status]}</td>
                  <td className="py-2">{link.status === "active" ? <RevokeButton id={link.id} m={m} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

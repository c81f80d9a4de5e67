"use client";

import type { ReactNode } from "react";
import { useLocale } from "@/components/locale-provider";
import { formatDateTime } from "@/lib/format/date";
import type { AccessState } from "./actions";
import { accessMessages } from "./messages";
import { RevokeButton } from "./parts";

export interface TokenTableRow {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revoked: boolean;
}

/** The tokens of one kind (API or wallboard): name, prefix, one column of the kind's own, dates, status, revoke. */
export function TokenTable<T extends TokenTableRow>({
  tokens,
  caption,
  headers,
  detail,
  revoke,
  timeZone,
  rowData,
}: {
  tokens: T[];
  caption: string;
  headers: { name: string; detail: string; lastUsed: string };
  /** The kind's own column (an API token's role, a wallboard token's creator). */
  detail: (token: T) => ReactNode;
  revoke: (previous: AccessState, form: FormData) => Promise<AccessState>;
  timeZone: string;
  /** data-* attributes of a token's row, for the browser tests. */
  rowData?: (token: T) => Record<`data-${string}`, string>;
}) {
  const locale = useLocale();
  const m = accessMessages(locale);
  if (tokens.length === 0) return null;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-gray-200 text-gray-700">
          <tr>
            {[headers.name, m.tokens.prefix, headers.detail, m.tokens.created, headers.lastUsed, m.tokens.status].map((h) => (
              <th key={h} scope="col" className="py-2 pr-4 font-medium">
                {h}
              </th>
            ))}
            <th scope="col" className="sr-only">
              {m.tokens.revoke}
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} {...rowData?.(token)} className="border-b border-gray-100">
              <td className="py-2 pr-4 text-gray-900">{token.name}</td>
              <td className="py-2 pr-4 font-mono text-gray-700">{token.prefix}…</td>
              <td className="py-2 pr-4 text-gray-700">{detail(token)}</td>
              <td className="py-2 pr-4 text-gray-700">{formatDateTime(token.createdAt, locale, timeZone)}</td>
              <td className="py-2 pr-4 text-gray-700">{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale, timeZone) : m.tokens.never}</td>
              <td className="py-2 pr-4 text-gray-700">{token.revoked ? m.tokens.revoked : m.tokens.active}</td>
              <td className="py-2">{token.revoked ? null : <RevokeButton id={token.id} revoke={revoke} label={`${m.tokens.revoke}: ${token.name}`} m={m} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

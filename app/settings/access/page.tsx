// GET /settings/access — members and roles, API tokens, audit log (owner only); the log one page at
// a time, sorted, searched and filtered by the database as the URL says.
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { listApiTokens } from "@/db/auth/api-tokens";
import { auditSource } from "@/db/auth/audit";
import { listMembers } from "@/db/auth/users";
import { getOrgTimeZone, listTechnicianCapacities } from "@/db/queries/org-settings";
import { listWallboardTokens } from "@/db/sharing/wallboard-tokens";
import { queryTablePage } from "@/db/tables/sql-table";
import { getLocale } from "@/lib/format/server-locale";
import { parseTableQuery } from "@/lib/tables/table-query-schema";
import { pageContext } from "@/server/request-context";
import { AUDIT_TABLE } from "./audit-spec";
import { AuditTable } from "./audit-table";
import { MembersSection } from "./members-section";
import { accessMessages } from "./messages";
import { TokensSection } from "./tokens-section";
import { WallboardSection } from "./wallboard-section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: accessMessages(await getLocale()).title };
}

export default async function AccessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, ctx, params] = await Promise.all([getLocale(), pageContext("owner"), searchParams]);
  const m = accessMessages(locale);
  const query = parseTableQuery(AUDIT_TABLE, params);
  const [technicians, members, tokens, wallboardTokens, audit, timeZone] = await Promise.all([
    listTechnicianCapacities(ctx.db, ctx.orgId),
    listMembers(ctx.db, ctx.orgId),
    listApiTokens(ctx.db, ctx.orgId),
    listWallboardTokens(ctx.db, ctx.orgId),
    queryTablePage(ctx.db, auditSource(ctx.orgId), query),
    getOrgTimeZone(ctx.db, ctx.orgId),
  ]);
  return (
    <>
      <PageHeader title={m.title} subtitle={m.subtitle} />
      <div className="flex flex-col gap-8">
        <MembersSection
          timeZone={timeZone}
          technicians={technicians.map(({ id, name }) => ({ id, name }))}
          me={ctx.actor.slice("user:".length)}
          members={members.map((member) => ({ ...member, createdAt: member.createdAt.toISOString() }))}
        />
        <TokensSection
          timeZone={timeZone}
          tokens={tokens.map((token) => ({
            id: token.id,
            name: token.name,
            prefix: token.prefix,
            role: token.role,
            createdAt: token.createdAt.toISOString(),
            lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
            revoked: token.revokedAt !== null,
          }))}
        />
        <WallboardSection
          timeZone={timeZone}
          tokens={wallboardTokens.map(({ revokedAt, createdAt, lastUsedAt, ...token }) => ({
            ...token,
            createdAt: createdAt.toISOString(),
            lastUsedAt: lastUsedAt?.toISOString() ?? null,
            revoked: revokedAt !== null,
          }))}
        />
        <section aria-labelledby="audit-title">
          <h2 id="audit-title" className="mb-3 text-lg font-semibold text-gray-900">
            {m.audit.title}
          </h2>
          <AuditTable page={audit} timeZone={timeZone} />
        </section>
      </div>
    </>
  );
}

// GET /settings/access — members and roles, API tokens, audit log (owner only).
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { listApiTokens } from "@/db/auth/api-tokens";
import { listAudit } from "@/db/auth/audit";
import { listMembers } from "@/db/auth/users";
import { listTechnicianCapacities } from "@/db/queries/org-settings";
import { getOrgTimeZone } from "@/db/queries/org-settings";
import { getLocale } from "@/lib/format/server-locale";
import { pageContext } from "@/server/request-context";
import { AuditTable, type AuditRow } from "./audit-table";
import { MembersSection } from "./members-section";
import { accessMessages } from "./messages";
import { TokensSection } from "./tokens-section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: accessMessages(await getLocale()).title };
}

export default async function AccessPage() {
  const [locale, ctx] = await Promise.all([getLocale(), pageContext("owner")]);
  const m = accessMessages(locale);
  const [technicians, members, tokens, audit, timeZone] = await Promise.all([
    listTechnicianCapacities(ctx.db, ctx.orgId),
    listMembers(ctx.db, ctx.orgId),
    listApiTokens(ctx.db, ctx.orgId),
    listAudit(ctx.db, ctx.orgId),
    getOrgTimeZone(ctx.db, ctx.orgId),
  ]);
  const names = new Map<string, string>([
    ...members.map((member) => [`user:${member.userId}`, member.email] as const),
    ...tokens.map((token) => [`token:${token.id}`, `${token.name} (${token.prefix}…)`] as const),
  ]);
  const auditRows: AuditRow[] = audit.map((entry) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    actor: names.get(entry.actor) ?? entry.actor,
    action: entry.action,
    subject: entry.subject ? (names.get(entry.subject) ?? entry.subject) : null,
    details: entry.details === null ? null : JSON.stringify(entry.details),
  }));
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
        <section aria-labelledby="audit-title">
          <h2 id="audit-title" className="mb-3 text-lg font-semibold text-gray-900">
            {m.audit.title}
          </h2>
          <AuditTable rows={auditRows} timeZone={timeZone} />
        </section>
      </div>
    </>
  );
}

"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/auth/audit";
import { createShareLink, revokeShareLink } from "@/db/sharing/share-links";
import { fieldErrorsOf, formFields, type ActionState } from "@/lib/forms/action-result";
import { RecordId } from "@/lib/forms/record-id";
import { CreateShareLinkForm, shareLinkExpiry } from "@/lib/sharing/tokens";
import { appBaseUrl } from "@/server/public-origin";
import { requestContext } from "@/server/request-context";

// Managers share a client's QBR for one period as a signed-out link, and revoke it; both audited.
// The link's address holds its token, so it is shown once, right after it is made.
export type ShareLinkState = ActionState<{ url?: string; at: number }, "no_client">;

export async function createShareLinkAction(_previous: ShareLinkState, formData: FormData): Promise<ShareLinkState> {
  const ctx = await requestContext("manager");
  const values = formFields(formData, ["clientId", "from", "to", "days"]);
  const parsed = CreateShareLinkForm.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { clientId, from, to, days } = parsed.data;
  const expiresAt = shareLinkExpiry(new Date(), days);
  const link = await createShareLink(ctx.db, ctx.orgId, { clientId, period: { from, to }, expiresAt, createdBy: ctx.userId });
  if (!link) return { ok: false, error: "no_client", values };
  await recordAudit(ctx.db, ctx.orgId, {
    actor: ctx.actor, action: "share_link.created", subject: `share_link:${link.id}`, details: { clientId, from, to, expiresAt: expiresAt.toISOString() },
  });
  revalidatePath(`/clients/${clientId}`);
  return { ok: true, url: `${await appBaseUrl()}/shared/${link.token}`, at: Date.now() };
}

export async function revokeShareLinkAction(_previous: ShareLinkState, formData: FormData): Promise<ShareLinkState> {
  const ctx = await requestContext("manager");
  const id = RecordId.parse(formData.get("id"));
  const revoked = await revokeShareLink(ctx.db, ctx.orgId, id);
  if (revoked) {
    await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "share_link.revoked", subject: `share_link:${id}`, details: { clientId: revoked.clientId } });
    revalidatePath(`/clients/${revoked.clientId}`);
  }
  return { ok: true, at: Date.now() };
}

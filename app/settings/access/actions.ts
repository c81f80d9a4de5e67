"use server";

import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/db/auth/api-tokens";
import { recordAudit } from "@/db/auth/audit";
import { changeRole, createMember, removeMember } from "@/db/auth/users";
import { linkMemberTechnician } from "@/db/queries/peer-reviews";
import { createWallboardToken, revokeWallboardToken } from "@/db/sharing/wallboard-tokens";
import { AddMemberForm, ChangeRoleForm, CreateTokenForm, LinkTechnicianForm, RemoveMemberForm, RevokeTokenForm } from "@/lib/auth/forms";
import { AppError, isAppError } from "@/lib/errors";
import { CreateWallboardTokenForm } from "@/lib/sharing/tokens";
import { fieldErrorsOf, formFields, type ActionState } from "@/lib/forms/action-result";
import { appBaseUrl } from "@/server/public-origin";
import { requestContext } from "@/server/request-context";

// Everything here is owner-only and audited.
// `values` returns what was typed (never a password). `at` tells one success from the next.
export type AccessState = ActionState<{ done?: string; token?: string; at: number }>;

async function guarded(values: Record<string, string> | undefined, run: () => Promise<{ done?: string; token?: string }>): Promise<AccessState> {
  try {
    const done = await run();
    revalidatePath("/settings/access");
    return { ok: true, ...done, at: Date.now() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message, values };
    throw error;
  }
}

export async function addMember(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const parsed = AddMemberForm.safeParse(Object.fromEntries(formData));
  const values = formFields(formData, ["name", "email", "role"]);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  return guarded(values, async () => {
    const userId = await createMember(ctx.db, ctx.orgId, parsed.data);
    await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "user.created", subject: `user:${userId}`, details: { email: parsed.data.email, role: parsed.data.role } });
    return { done: parsed.data.email };
  });
}

export async function changeMemberRole(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const { userId, role } = ChangeRoleForm.parse(Object.fromEntries(formData));
  return guarded(undefined, async () => {
    const { previous, clampedTokens } = await changeRole(ctx.db, ctx.orgId, userId, role);
    await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "user.role_changed", subject: `user:${userId}`, details: { from: previous, to: role, clampedTokens } });
    return {};
  });
}

export async function linkTechnician(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const { userId, technicianId } = LinkTechnicianForm.parse(Object.fromEntries(formData));
  return guarded(undefined, async () => {
    if (!(await linkMemberTechnician(ctx.db, ctx.orgId, userId, technicianId))) throw new AppError("not_found", "No such member.");
    await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "user.technician_linked", subject: `user:${userId}`, details: { technicianId } });
    return {};
  });
}

export async function removeMemberAction(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const { userId } = RemoveMemberForm.parse(Object.fromEntries(formData));
  return guarded(undefined, async () => {
    const revokedTokens = await removeMember(ctx.db, ctx.orgId, userId);
    await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "user.removed", subject: `user:${userId}`, details: { revokedTokens } });
    return {};
  });
}

export async function createToken(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const parsed = CreateTokenForm.safeParse(Object.fromEntries(formData));
  const values = formFields(formData, ["name", "role"]);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  return guarded(values, async () => {
    const { id, token } = await createApiToken(ctx.db, ctx.orgId, { ...parsed.data, createdBy: ctx.userId });
    await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "token.created", subject: `token:${id}`, details: parsed.data });
    return { token };
  });
}

export async function revokeToken(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const { id } = RevokeTokenForm.parse(Object.fromEntries(formData));
  return guarded(undefined, async () => {
    if (await revokeApiToken(ctx.db, ctx.orgId, id)) await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "token.revoked", subject: `token:${id}` });
    return {};
  });
}

/** A TV's token: its address (with the token) is what the owner opens on the TV. */
export async function createWallboardTokenAction(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const parsed = CreateWallboardTokenForm.safeParse(Object.fromEntries(formData));
  const values = formFields(formData, ["name"]);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  return guarded(values, async () => {
    const { id, token } = await createWallboardToken(ctx.db, ctx.orgId, { name: parsed.data.name, createdBy: ctx.userId });
    await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "wallboard_token.created", subject: `wallboard_token:${id}`, details: parsed.data });
    return { token: `${await appBaseUrl()}/wallboard?token=${token}` };
  });
}

export async function revokeWallboardTokenAction(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const { id } = RevokeTokenForm.parse(Object.fromEntries(formData));
  return guarded(undefined, async () => {
    if (await revokeWallboardToken(ctx.db, ctx.orgId, id)) await recordAudit(ctx.db, ctx.orgId, { actor: ctx.actor, action: "wallboard_token.revoked", subject: `wallboard_token:${id}` });
    return {};
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/db/auth/api-tokens";
import { recordAudit } from "@/db/auth/audit";
import { changeRole, createMember, removeMember } from "@/db/auth/users";
import { AddMemberForm, ChangeRoleForm, CreateTokenForm, fieldErrors, RemoveMemberForm, RevokeTokenForm, typedValues } from "@/lib/auth/forms";
import { isAppError } from "@/lib/errors";
import { requestContext } from "@/server/request-context";

// Everything here is owner-only and audited.
// `values` returns what was typed (never a password), since React resets the form after each submission.
export type AccessState = { fieldErrors?: Record<string, string>; error?: string; done?: string; token?: string; at?: number; values?: Record<string, string> };

async function guarded(values: Record<string, string> | undefined, run: () => Promise<AccessState>): Promise<AccessState> {
  try {
    const state = await run();
    revalidatePath("/settings/access");
    return { ...state, at: Date.now() };
  } catch (error) {
    if (isAppError(error)) return { error: error.message, values, at: Date.now() };
    throw error;
  }
}

export async function addMember(_previous: AccessState, formData: FormData): Promise<AccessState> {
  const ctx = await requestContext("owner");
  const parsed = AddMemberForm.safeParse(Object.fromEntries(formData));
  const values = typedValues(formData, ["name", "email", "role"]);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values, at: Date.now() };
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
  const values = typedValues(formData, ["name", "role"]);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values, at: Date.now() };
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

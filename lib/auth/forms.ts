import { z } from "zod";
import { Role } from "./roles";

// The forms of sign-up, member and token management; one schema each, parsed in the server action.
const email = z.string().trim().toLowerCase().email("Enter a valid e-mail address.").max(320);
export const PASSWORD_MIN = 10;
const password = z.string().min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`).max(128);
const name = z.string().trim().min(1, "Enter a name.").max(120);

export const FirstOwnerForm = z.object({ name, email, password, orgName: z.string().trim().min(1, "Enter your company's name.").max(120) });
export type FirstOwnerForm = z.infer<typeof FirstOwnerForm>;

export const AddMemberForm = z.object({ name, email, role: Role, password });
export type AddMemberForm = z.infer<typeof AddMemberForm>;

export const ChangeRoleForm = z.object({ userId: z.string().min(1).max(100), role: Role });
/** Links a member to a technician (issue #19), or unlinks them with an empty choice. */
export const LinkTechnicianForm = z.object({
  userId: z.string().min(1).max(100),
  technicianId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]),
});
export const RemoveMemberForm = z.object({ userId: z.string().min(1).max(100) });

export const CreateTokenForm = z.object({ name: z.string().trim().min(1, "Name the token.").max(80), role: Role });
export const RevokeTokenForm = z.object({ id: z.coerce.number().int().positive() });

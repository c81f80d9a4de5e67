"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/form-fields";
import { useLocale } from "@/components/locale-provider";
import { Role } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/date";
import { addMember, changeMemberRole, linkTechnician, removeMemberAction } from "./actions";
import { accessMessages, type AccessMessages } from "./messages";
import { AccessCard, primaryButton, RoleSelect, smallButton, StateMessage } from "./parts";

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
  technicianId: number | null;
}

export interface TechnicianChoice {
  id: number;
  name: string;
}

/** Which technician a member is (their own scorecard and peer reviews): owners set it here. */
function TechnicianLink({ member, technicians, m }: { member: MemberRow; technicians: TechnicianChoice[]; m: AccessMessages }) {
  const [state, action, pending] = useActionState(linkTechnician, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={member.userId} />
      <select name="technicianId" defaultValue={member.technicianId ?? ""} aria-label={m.members.technicianOf(member.name)} className={inputClass}>
        <option value="">{m.members.noTechnician}</option>
        {technicians.map((technician) => (
          <option key={technician.id} value={technician.id}>
            {technician.name}
          </option>
        ))}
      </select>
      <button type="submit" className={smallButton} disabled={pending}>
        {m.members.saveLink}
      </button>
      <StateMessage state={state} saved={m.members.saved} />
    </form>
  );
}

function MemberActions({ member, isMe, m }: { member: MemberRow; isMe: boolean; m: AccessMessages }) {
  const [roleState, roleAction, rolePending] = useActionState(changeMemberRole, null);
  const [removeState, removeAction, removePending] = useActionState(removeMemberAction, null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={roleAction} className="flex items-center gap-2">
        <input type="hidden" name="userId" value={member.userId} />
        <RoleSelect id={`role-${member.userId}`} name="role" value={member.role} label={m.members.changeRole(member.name)} m={m} />
        <button type="submit" className={smallButton} disabled={rolePending}>
          {m.members.save}
        </button>
      </form>
      {isMe ? null : (
        <form action={removeAction} onSubmit={(event) => (window.confirm(m.members.confirmRemove(member.name)) ? undefined : event.preventDefault())}>
          <input type="hidden" name="userId" value={member.userId} />
          <button type="submit" className={`${smallButton} text-red-700`} disabled={removePending}>
            {m.members.remove}
          </button>
        </form>
      )}
      <StateMessage state={roleState} saved={m.members.saved} />
      <StateMessage state={removeState} />
    </div>
  );
}

function AddMemberForm({ m }: { m: AccessMessages }) {
  const [state, action, pending] = useActionState(addMember, null);
  const failed = state?.ok === false ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const text = (id: "name" | "email" | "password", type: string, autoComplete: string) => (
    <Field id={`new-${id}`} label={m.add[id]} error={errors[id]}>
      <input
        name={id}
        type={type}
        autoComplete={autoComplete}
        required
        defaultValue={id === "password" ? undefined : failed?.values?.[id]}
        className={inputClass}
        {...describedBy(`new-${id}`, { error: errors[id] })}
      />
    </Field>
  );
  return (
    <form action={action} key={state?.ok ? state.at : undefined} className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      {text("name", "text", "off")}
      {text("email", "email", "off")}
      <Field id="new-role" label={m.add.role}>
        <RoleSelect id="new-role" name="role" value={Role.safeParse(failed?.values?.role).data} m={m} />
      </Field>
      {text("password", "password", "new-password")}
      <button type="submit" className={primaryButton} disabled={pending}>
        {m.add.submit}
      </button>
      <div className="sm:col-span-2 lg:col-span-5" aria-live="polite">
        {state?.ok && state.done ? <p className="text-sm font-medium text-green-800">{m.add.added(state.done)}</p> : null}
        <StateMessage state={state} />
      </div>
    </form>
  );
}

/** Members with their roles (changeable by owners), and the form to add one. */
export function MembersSection({ members, technicians, me, timeZone }: { members: MemberRow[]; technicians: TechnicianChoice[]; me: string; timeZone: string }) {
  const locale = useLocale();
  const m = accessMessages(locale);
  return (
    <AccessCard id="members" title={m.members.title} hint={m.members.hint}>
      <div className="mt-4 overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{m.members.caption}</caption>
          <thead className="border-b border-gray-200 text-gray-700">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">{m.members.name}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{m.members.email}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{m.members.since}</th>
              <th scope="col" className="py-2 pr-4 font-medium">{m.members.role}</th>
              <th scope="col" className="py-2 font-medium">{m.members.technician}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId} className="border-b border-gray-100 align-middle">
                <td className="py-2 pr-4 text-gray-900">
                  {member.name}
                  {member.userId === me ? <span className="ml-1 text-gray-600">({m.members.you})</span> : null}
                </td>
                <td className="py-2 pr-4 text-gray-700">{member.email}</td>
                <td className="py-2 pr-4 text-gray-700">{formatDateTime(member.createdAt, locale, timeZone)}</td>
                <td className="py-2 pr-4">
                  <MemberActions member={member} isMe={member.userId === me} m={m} />
                </td>
                <td className="py-2">
                  <TechnicianLink member={member} technicians={technicians} m={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-6 text-base font-semibold text-gray-900">{m.add.title}</h3>
      <p className="mt-1 text-sm text-gray-600">{m.add.hint}</p>
      <AddMemberForm m={m} />
    </AccessCard>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-result";

/**
 * The state of a form that creates a record or edits one, saved by a server action answering
 * ActionState: after a save, an edit goes back to `listHref` and a new record's form is emptied;
 * after a failure, the submitted values come back with their errors.
 */
export function useEditForm<Values extends object>(
  save: (state: ActionState<{ savedAt: number }>, form: FormData) => Promise<ActionState<{ savedAt: number }>>,
  { initial, editKey, listHref }: { initial: Values; editKey: string | undefined; listHref: string },
) {
  const router = useRouter();
  const [state, action, pending] = useActionState(save, null);
  const formRef = useRef<HTMLFormElement>(null);
  const editing = editKey !== undefined;
  useEffect(() => {
    if (!state?.ok) return;
    if (editing) router.push(listHref);
    else formRef.current?.reset();
  }, [state, editing, router, listHref]);

  const failed = state?.ok === false ? state : null;
  return {
    state,
    action,
    pending,
    formRef,
    editing,
    failed,
    value: (field: keyof Values & string) => String(failed?.values?.[field] ?? initial[field] ?? ""),
    error: (field: string) => failed?.fieldErrors?.[field],
    // Inputs are uncontrolled; a new key after a failed save shows the submitted values with their errors.
    key: `${editKey ?? "new"}-${state?.ok ? state.savedAt : ""}-${failed?.values ? JSON.stringify(failed.values) : ""}`,
  };
}

import type { z } from "zod";

/**
 * What every server action answers the form that sent it (through useActionState, which starts
 * from null: nothing submitted yet). On success, whatever the form shows next; on failure an error
 * (a message, or a code the form words), the problems per field, and the values typed, since
 * React resets the form after each submission. A failure names the whole form's problem in
 * `error`, the fields' in `fieldErrors`, or both.
 */
export type ActionResult<Data extends object = object, ErrorCode extends string = string, FieldError extends string = string> =
  | ({ ok: true } & Data)
  | { ok: false; error?: ErrorCode; fieldErrors?: Partial<Record<string, FieldError>>; values?: Record<string, string> };

export type ActionState<Data extends object = object, ErrorCode extends string = string, FieldError extends string = string> = ActionResult<
  Data,
  ErrorCode,
  FieldError
> | null;

/** The first problem of each top-level field of a failed form parse. */
export function fieldErrorsOf(error: z.ZodError, message: (issue: z.core.$ZodIssue) => string = (issue) => issue.message): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= message(issue);
  return errors;
}

/** The form's fields as strings, for a schema to parse (an absent field is ""). */
export function formFields<Field extends string>(form: FormData, fields: readonly Field[]): Record<Field, string> {
  return Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? "")])) as Record<Field, string>;
}

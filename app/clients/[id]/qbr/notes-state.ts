import type { ActionState } from "@/lib/forms/action-result";

// Shared by the notes form and its server action (a "use server" file may export only actions).
export const NOTES_MAX = 10_000;

export type SaveNotesState = ActionState<{ savedAt: number }, "too_long" | "not_found" | "forbidden" | "unknown">;

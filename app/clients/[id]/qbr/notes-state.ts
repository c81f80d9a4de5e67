// Shared by the notes form and its server action (a "use server" file may export only actions).
export const NOTES_MAX = 10_000;

export type SaveNotesState =
  | { status: "idle" }
  | { status: "saved"; savedAt: number }
  | { status: "failed"; reason: "too_long" | "not_found" | "forbidden" | "unknown" };

import { z } from "zod";

/** A row id posted by a form (a hidden input): a positive whole number. */
export const RecordId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

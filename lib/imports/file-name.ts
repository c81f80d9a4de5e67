import { z } from "zod";

/** The name an export file is shown and recorded under. */
export const UploadFileName = z
  .string()
  .min(1, "the file name is empty")
  .max(255, "the file name is longer than 255 characters")
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "the file name contains control characters");

/** The X-File-Name header: the file name, URI-encoded (so any Unicode name fits in a header). */
export const FileNameHeader = z
  .string()
  .transform((header, ctx) => {
    try {
      return decodeURIComponent(header);
    } catch {
      ctx.addIssue({ code: "custom", message: "not a URI-encoded file name (encode it with encodeURIComponent)" });
      return z.NEVER;
    }
  })
  .pipe(UploadFileName);

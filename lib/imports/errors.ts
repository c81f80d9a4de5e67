import { AppError } from "@/lib/errors";

// Problems that stop a whole import (as opposed to a RowError, which rejects one row). An
// ImportError is an AppError, so every transport maps it once: bad options are a bad request,
// the rest cannot be processed.
//   bad_options      the options fail their schema
//   missing_columns  a required field has no column, or a mapped header is not in the file
//   bad_file         the file cannot be read as CSV (empty, UTF-16, a quote never closed)
export type ImportErrorCode = "bad_options" | "missing_columns" | "bad_file";

export class ImportError extends AppError {
  constructor(
    readonly reason: ImportErrorCode,
    message: string,
  ) {
    super(reason === "bad_options" ? "bad_request" : "unprocessable", message, { reason });
    this.name = "ImportError";
  }
}

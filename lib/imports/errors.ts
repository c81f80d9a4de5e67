// Problems that stop a whole import (as opposed to RowError, which rejects one row).
// bad_options: the options fail their schema; missing_columns: a required field has no column or a
// mapped header is not in the file; bad_file: the file cannot be read as CSV at all.
export type ImportErrorCode = "bad_options" | "missing_columns" | "bad_file";

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
  }
}

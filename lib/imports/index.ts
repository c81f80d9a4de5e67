// CSV imports: pure logic (no database, no React). See docs/imports.md for users.
export { IMPORT_FORMATS, ImportFormat, ImportOptions, RowError, SAMPLE_BYTES, DateOrder, Delimiter, Encoding } from "./options";
export { ImportError, type ImportErrorCode } from "./errors";
export { canonicalFields, missingRequiredFields, FIELD_SPECS, type FieldSpec, type ValueType } from "./fields";
export { planImport, type ImportPlan, type ImportOverrides, type PreviewRow } from "./plan";
export { parseImportStream, type RowBatch } from "./stream";
export { normalizeHeader } from "./headers";
export { CANNOT_FEED, describeNotices, DROPPED_REASONS, importNotices, type CannotFeed, type DroppedColumn, type ImportNotices, type UnusedColumn } from "./notices";
export { PRESETS } from "./presets";

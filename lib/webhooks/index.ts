// Pure webhook logic: sources, signatures, per-tool parsers, templates and set-up text.
export * from "./sources-list";
export * from "./signature";
export * from "./records";
export { eventKeyOf, parseWebhookBody, WebhookParseError } from "./sources";
export { bodyTemplates, genericCurlExample, GENERIC_EXAMPLE, type BodyTemplate } from "./templates";
export { authHeaderLines } from "./setup";
export { TokenBuckets } from "./rate-limit";

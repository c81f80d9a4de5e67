// Pure webhook logic: sources, signatures, per-tool parsers, templates and set-up text.
export * from "./sources-list";
export * from "./signature";
export * from "./records";
export { eventKeyOf, parseWebhookBody } from "./sources";
export { bodyTemplates, genericCurlExample, type BodyTemplate } from "./templates";
export { authHeaderLines } from "./setup";
export { TokenBuckets } from "./rate-limit";

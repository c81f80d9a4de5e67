import type { Locale } from "@/lib/format/locale";
import { authHeaderLines, bodyTemplates, genericCurlExample, SOURCE_LABELS, type AuthMode, type WebhookSource } from "@/lib/webhooks";
import { setupSteps } from "./setup-steps";

/** Everything the page shows once, right after an endpoint is created: plain data for the client. */
export interface SetupGuide {
  name: string;
  source: WebhookSource;
  tool: string;
  authMode: AuthMode;
  url: string;
  secret: string;
  headerLines: string[];
  steps: string[];
  templates: { name: string; body: string }[];
  curl: string | null;
}

export function setupGuide(e: { name: string; source: WebhookSource; authMode: AuthMode; url: string; secret: string }, locale: Locale): SetupGuide {
  return {
    ...e,
    tool: SOURCE_LABELS[e.source],
    headerLines: authHeaderLines(e.authMode, e.secret),
    steps: setupSteps(e.source, e.authMode, locale),
    templates: bodyTemplates(e.source),
    curl: e.authMode === "hmac" ? genericCurlExample(e.url, e.secret) : null,
  };
}

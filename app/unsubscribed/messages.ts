import type { Locale } from "@/lib/format/locale";

// Wording of the page the digest's unsubscribe link ends on (GET /unsubscribed).
const en = {
  title: "Unsubscribed",
  body: "You will get no more weekly KPI digests. To subscribe again, sign in and open Settings → Weekly digest.",
  settings: "Weekly digest settings",
};

const de: typeof en = {
  title: "Abgemeldet",
  body: "Sie erhalten keine wöchentlichen KPI-Überblicke mehr. Um sie wieder zu erhalten, melden Sie sich an und öffnen Einstellungen → Wöchentlicher Überblick.",
  settings: "Einstellungen des Überblicks",
};

export function unsubscribedMessages(locale: Locale): typeof en {
  return locale === "de" ? de : en;
}

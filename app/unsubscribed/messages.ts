import type { Locale } from "@/lib/format/locale";

// Wording of the page the digest's unsubscribe link opens (GET /unsubscribed?token=…, asking to
// confirm) and ends on (GET /unsubscribed).
const en = {
  confirm: {
    title: "Unsubscribe from the weekly digest?",
    body: (email: string) => `The weekly KPI digest to ${email} stops once you confirm.`,
    button: "Unsubscribe",
  },
  title: "Unsubscribed",
  body: "You will get no more weekly KPI digests. To subscribe again, sign in and open Settings → Weekly digest.",
  settings: "Weekly digest settings",
};

const de: typeof en = {
  confirm: {
    title: "Wöchentlichen Überblick abbestellen?",
    body: (email: string) => `Der wöchentliche KPI-Überblick an ${email} endet, sobald Sie bestätigen.`,
    button: "Abbestellen",
  },
  title: "Abgemeldet",
  body: "Sie erhalten keine wöchentlichen KPI-Überblicke mehr. Um sie wieder zu erhalten, melden Sie sich an und öffnen Einstellungen → Wöchentlicher Überblick.",
  settings: "Einstellungen des Überblicks",
};

export function unsubscribedMessages(locale: Locale): typeof en {
  return locale === "de" ? de : en;
}

import type { Locale } from "@/lib/format/locale";

// Wording of the client page's share-link card.
const en = {
  title: "Share the QBR",
  hint: "A read-only link to this client's QBR for one period, for people without an account. It shows no costs and no way into the app, and stops working when it expires or is revoked.",
  from: "Period from",
  to: "Period to",
  expiry: "Expires after",
  days: (n: number) => (n === 1 ? "1 day" : `${n} days`),
  create: "Create link",
  shownOnce: "Copy the link now: it is shown only once.",
  linkLabel: "Share link",
  noClient: "This client no longer exists.",
  caption: "Share links of this client",
  period: "Period",
  createdBy: "Created by",
  created: "Created",
  expires: "Expires",
  status: "Status",
  active: "Active",
  expired: "Expired",
  revoked: "Revoked",
  revoke: "Revoke",
  formerMember: "former member",
  none: "No share links yet.",
};

export type ShareLinksMessages = typeof en;

const de: ShareLinksMessages = {
  title: "QBR teilen",
  hint: "Ein Link nur zum Lesen auf den QBR dieses Kunden für einen Zeitraum, für Personen ohne Konto. Er zeigt keine Kosten und keinen Weg in die App und funktioniert nicht mehr, sobald er abläuft oder widerrufen wird.",
  from: "Zeitraum von",
  to: "Zeitraum bis",
  expiry: "Läuft ab nach",
  days: (n: number) => (n === 1 ? "1 Tag" : `${n} Tagen`),
  create: "Link erstellen",
  shownOnce: "Kopieren Sie den Link jetzt: Er wird nur einmal angezeigt.",
  linkLabel: "Link zum Teilen",
  noClient: "Diesen Kunden gibt es nicht mehr.",
  caption: "Geteilte Links dieses Kunden",
  period: "Zeitraum",
  createdBy: "Erstellt von",
  created: "Erstellt",
  expires: "Läuft ab",
  status: "Status",
  active: "Aktiv",
  expired: "Abgelaufen",
  revoked: "Widerrufen",
  revoke: "Widerrufen",
  formerMember: "ehemaliges Mitglied",
  none: "Noch keine Links geteilt.",
};

export function shareLinksMessages(locale: Locale): ShareLinksMessages {
  return locale === "de" ? de : en;
}

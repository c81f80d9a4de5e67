import type { Locale } from "@/lib/format/locale";

// Wording of the forgot-password page.
const en = {
  title: "Reset your password",
  subtitle: "Enter your e-mail address; if it has an account, we send a link to choose a new password.",
  email: "E-mail",
  submit: "Send link",
  sent: "If that address has an account, a link is on its way. It is valid for one hour.",
  tooMany: "Too many requests. Wait a few minutes and try again.",
  failed: "The link could not be sent. Ask your msp-kpi owner to check the mail (SMTP) settings.",
  back: "Back to sign-in",
};

export type ForgotPasswordMessages = typeof en;

const de: ForgotPasswordMessages = {
  title: "Passwort zurücksetzen",
  subtitle: "Geben Sie Ihre E-Mail-Adresse ein; gibt es dazu ein Konto, senden wir einen Link für ein neues Passwort.",
  email: "E-Mail",
  submit: "Link senden",
  sent: "Wenn es zu dieser Adresse ein Konto gibt, ist ein Link unterwegs. Er gilt eine Stunde.",
  tooMany: "Zu viele Anfragen. Bitte einige Minuten warten.",
  failed: "Der Link konnte nicht gesendet werden. Bitten Sie den Inhaber, die Mail-Einstellungen (SMTP) zu prüfen.",
  back: "Zurück zur Anmeldung",
};

export function forgotPasswordMessages(locale: Locale): ForgotPasswordMessages {
  return locale === "de" ? de : en;
}

import type { Locale } from "@/lib/format/locale";

// Wording of the reset-password page (the link from the e-mail).
const en = {
  title: "Choose a new password",
  password: "New password",
  passwordHint: "At least 10 characters.",
  submit: "Save password",
  done: "Password changed. Sign in with the new one.",
  invalid: "This link is invalid or has expired. Ask for a new one.",
  missing: "This page needs the link from the e-mail.",
  signIn: "Sign in",
};

export type ResetPasswordMessages = typeof en;

const de: ResetPasswordMessages = {
  title: "Neues Passwort wählen",
  password: "Neues Passwort",
  passwordHint: "Mindestens 10 Zeichen.",
  submit: "Passwort speichern",
  done: "Passwort geändert. Melden Sie sich mit dem neuen an.",
  invalid: "Dieser Link ist ungültig oder abgelaufen. Fordern Sie einen neuen an.",
  missing: "Diese Seite braucht den Link aus der E-Mail.",
  signIn: "Anmelden",
};

export function resetPasswordMessages(locale: Locale): ResetPasswordMessages {
  return locale === "de" ? de : en;
}

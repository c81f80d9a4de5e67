import type { Locale } from "@/lib/format/locale";

// Wording of the first-run set-up page (GET /setup).
const en = {
  title: "Set up msp-kpi",
  subtitle: "This installation has no accounts yet. Create the owner account: it can invite everyone else.",
  orgName: "Company name",
  name: "Your name",
  email: "E-mail",
  password: "Password",
  passwordHint: "At least 10 characters.",
  submit: "Create owner account",
  done: "Owner account created. Sign in with it now.",
};

export type SetupMessages = typeof en;

const de: SetupMessages = {
  title: "msp-kpi einrichten",
  subtitle: "Diese Installation hat noch keine Konten. Legen Sie das Inhaberkonto an – es kann alle weiteren einladen.",
  orgName: "Firmenname",
  name: "Ihr Name",
  email: "E-Mail",
  password: "Passwort",
  passwordHint: "Mindestens 10 Zeichen.",
  submit: "Inhaberkonto anlegen",
  done: "Inhaberkonto angelegt. Melden Sie sich jetzt damit an.",
};

export function setupMessages(locale: Locale): SetupMessages {
  return locale === "de" ? de : en;
}

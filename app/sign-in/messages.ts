import type { Locale } from "@/lib/format/locale";

// Strings of the sign-in, first-run set-up, password recovery and forbidden pages.
const en = {
  signIn: {
    title: "Sign in",
    subtitle: "Your MSP's figures are private: sign in to see them.",
    email: "E-mail",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    wrong: "Wrong e-mail or password.",
    tooMany: (seconds: number) => `Too many attempts. Try again in ${seconds} seconds.`,
    failed: "Signing in failed. Try again.",
    wrongAddress: (here: string, configured: string) =>
      `Signing in at ${here} was refused: this address is not the configured MSP_KPI_PUBLIC_URL (${configured}), and the server saw another host (a reverse proxy?). Open msp-kpi at ${configured}, or ask the administrator to set MSP_KPI_PUBLIC_URL to ${here}.`,
    forgot: "Forgot your password?",
    demo: "Demo data is loaded: the demo owner's e-mail and password are filled in.",
  },
  setup: {
    title: "Set up msp-kpi",
    subtitle: "This installation has no accounts yet. Create the owner account: it can invite everyone else.",
    orgName: "Company name",
    name: "Your name",
    email: "E-mail",
    password: "Password",
    passwordHint: "At least 10 characters.",
    submit: "Create owner account",
    done: "Owner account created. Sign in with it now.",
  },
  forgot: {
    title: "Reset your password",
    subtitle: "Enter your e-mail address; if it has an account, we send a link to choose a new password.",
    email: "E-mail",
    submit: "Send link",
    sent: "If that address has an account, a link is on its way. It is valid for one hour.",
    tooMany: "Too many requests. Wait a few minutes and try again.",
    failed: "The link could not be sent. Ask your msp-kpi owner to check the mail (SMTP) settings.",
    back: "Back to sign-in",
  },
  reset: {
    title: "Choose a new password",
    password: "New password",
    passwordHint: "At least 10 characters.",
    submit: "Save password",
    done: "Password changed. Sign in with the new one.",
    invalid: "This link is invalid or has expired. Ask for a new one.",
    missing: "This page needs the link from the e-mail.",
  },
  forbidden: {
    title: "Not allowed",
    text: (role: string) => `Your role (${role}) does not allow this page. Ask an owner of your organisation if you need it.`,
    back: "Back to the overview",
  },
  signOut: "Sign out",
  roles: { viewer: "Viewer", manager: "Manager", owner: "Owner" },
};

export type AuthMessages = typeof en;

const de: AuthMessages = {
  signIn: {
    title: "Anmelden",
    subtitle: "Die Zahlen Ihres Systemhauses sind vertraulich: Melden Sie sich an, um sie zu sehen.",
    email: "E-Mail",
    password: "Passwort",
    submit: "Anmelden",
    submitting: "Anmeldung läuft…",
    wrong: "E-Mail oder Passwort ist falsch.",
    tooMany: (seconds: number) => `Zu viele Versuche. Bitte in ${seconds} Sekunden erneut versuchen.`,
    failed: "Die Anmeldung ist fehlgeschlagen. Bitte erneut versuchen.",
    wrongAddress: (here: string, configured: string) =>
      `Die Anmeldung unter ${here} wurde abgelehnt: Diese Adresse ist nicht die eingestellte MSP_KPI_PUBLIC_URL (${configured}), und beim Server kam ein anderer Host an (ein Reverse Proxy?). Öffnen Sie msp-kpi unter ${configured} oder bitten Sie den Administrator, MSP_KPI_PUBLIC_URL auf ${here} zu setzen.`,
    forgot: "Passwort vergessen?",
    demo: "Demodaten sind geladen: E-Mail und Passwort des Demo-Inhabers sind eingetragen.",
  },
  setup: {
    title: "msp-kpi einrichten",
    subtitle: "Diese Installation hat noch keine Konten. Legen Sie das Inhaberkonto an – es kann alle weiteren einladen.",
    orgName: "Firmenname",
    name: "Ihr Name",
    email: "E-Mail",
    password: "Passwort",
    passwordHint: "Mindestens 10 Zeichen.",
    submit: "Inhaberkonto anlegen",
    done: "Inhaberkonto angelegt. Melden Sie sich jetzt damit an.",
  },
  forgot: {
    title: "Passwort zurücksetzen",
    subtitle: "Geben Sie Ihre E-Mail-Adresse ein; gibt es dazu ein Konto, senden wir einen Link für ein neues Passwort.",
    email: "E-Mail",
    submit: "Link senden",
    sent: "Wenn es zu dieser Adresse ein Konto gibt, ist ein Link unterwegs. Er gilt eine Stunde.",
    tooMany: "Zu viele Anfragen. Bitte einige Minuten warten.",
    failed: "Der Link konnte nicht gesendet werden. Bitten Sie den Inhaber, die Mail-Einstellungen (SMTP) zu prüfen.",
    back: "Zurück zur Anmeldung",
  },
  reset: {
    title: "Neues Passwort wählen",
    password: "Neues Passwort",
    passwordHint: "Mindestens 10 Zeichen.",
    submit: "Passwort speichern",
    done: "Passwort geändert. Melden Sie sich mit dem neuen an.",
    invalid: "Dieser Link ist ungültig oder abgelaufen. Fordern Sie einen neuen an.",
    missing: "Diese Seite braucht den Link aus der E-Mail.",
  },
  forbidden: {
    title: "Nicht erlaubt",
    text: (role: string) => `Ihre Rolle (${role}) erlaubt diese Seite nicht. Fragen Sie einen Inhaber Ihrer Organisation.`,
    back: "Zurück zur Übersicht",
  },
  signOut: "Abmelden",
  roles: { viewer: "Betrachter", manager: "Manager", owner: "Inhaber" },
};

export function authMessages(locale: Locale): AuthMessages {
  return locale === "de" ? de : en;
}

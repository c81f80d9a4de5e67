import type { Locale } from "@/lib/format/locale";

// Wording of the sign-in page.
const en = {
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
};

export type SignInMessages = typeof en;

const de: SignInMessages = {
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
};

export function signInMessages(locale: Locale): SignInMessages {
  return locale === "de" ? de : en;
}

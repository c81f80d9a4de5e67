import type { Locale } from "@/lib/format/locale";
import type { AuthMode, WebhookSource } from "@/lib/webhooks";

// Set-up steps shown once, right after an endpoint is created (with its secret), per tool and language.

type Steps = Record<WebhookSource, string[]>;

const en: Steps = {
  "tactical-rmm": [
    "In Tactical RMM open Settings → Global Settings → Web Hooks (URL Actions) and add a web hook named “msp-kpi failure”: method POST, URL as above.",
    "Request headers: {\"Content-Type\": \"application/json\", \"Authorization\": \"Bearer <secret>\"} (the header line below).",
    "Request body: paste the “failure” template below and save.",
    "Add a second web hook “msp-kpi resolved” the same way, with the “resolved” template.",
    "In Settings → Alerts Manager edit your alert template: under Alert Actions set the failure action to “msp-kpi failure” and the resolved action to “msp-kpi resolved”, for agent, check and task alerts.",
    "Trigger a test alert: it shows up in the events list on this page within seconds.",
  ],
  ninjaone: [
    "In NinjaOne open Administration → Notifications → Notification channels (Integrations → Webhooks on some tenants) and add a webhook channel: method POST, URL as above.",
    "Add a custom header: name Authorization, value Bearer <secret> (the header line below).",
    "Keep NinjaOne's own activity payload: no template is needed.",
    "In your policies' conditions (and patch management and antivirus notifications), send the alerts you want counted to this channel, including their reset.",
    "Trigger a test: it shows up in the events list on this page within seconds.",
  ],
  "datto-rmm": [
    "In Datto RMM open the monitoring policy (Policies → Monitoring) and, for each monitor whose alerts should count, enable the webhook alert response.",
    "URL as above, method POST, custom header Authorization: Bearer <secret> (the header line below).",
    "Body for the alert triggered: paste the “triggered” template below.",
    "Body for the alert resolved: paste the “resolved” template below.",
    "Push the policy and trigger a test alert: it shows up in the events list on this page within seconds.",
  ],
  generic: [
    "Send each event as a POST with a JSON body to the URL above.",
    "Add the header X-MSP-KPI-Timestamp: the current time in unix seconds.",
    "Add the header X-MSP-KPI-Signature: sha256= followed by the hex HMAC-SHA256 of “<timestamp>.<raw body>”, keyed with the secret.",
    "Requests more than 5 minutes old (or ahead) are refused. Give every event a unique event_id: a redelivery with the same event_id is answered 202 and applied once.",
    "Only event_id, type and occurred_at are required; add client, device, status and alert as the event knows them. The example below signs and sends one event.",
  ],
};

const de: Steps = {
  "tactical-rmm": [
    "Öffnen Sie in Tactical RMM Settings → Global Settings → Web Hooks (URL Actions) und legen Sie einen Web Hook „msp-kpi failure“ an: Methode POST, URL wie oben.",
    "Request headers: {\"Content-Type\": \"application/json\", \"Authorization\": \"Bearer <secret>\"} (die Header-Zeile unten).",
    "Request body: Vorlage „failure“ von unten einfügen und speichern.",
    "Einen zweiten Web Hook „msp-kpi resolved“ genauso anlegen, mit der Vorlage „resolved“.",
    "In Settings → Alerts Manager Ihre Alert-Vorlage bearbeiten: unter Alert Actions die Failure-Aktion auf „msp-kpi failure“ und die Resolved-Aktion auf „msp-kpi resolved“ setzen, für Agent-, Check- und Task-Alerts.",
    "Einen Test-Alert auslösen: er erscheint binnen Sekunden in der Ereignisliste auf dieser Seite.",
  ],
  ninjaone: [
    "Öffnen Sie in NinjaOne Administration → Notifications → Notification channels (bei manchen Mandanten Integrations → Webhooks) und legen Sie einen Webhook-Kanal an: Methode POST, URL wie oben.",
    "Eigenen Header hinzufügen: Name Authorization, Wert Bearer <secret> (die Header-Zeile unten).",
    "Den Activity-Payload von NinjaOne beibehalten: eine Vorlage ist nicht nötig.",
    "In den Bedingungen Ihrer Richtlinien (und bei Patch-Management- und Antivirus-Benachrichtigungen) die Alerts, die zählen sollen, samt Reset an diesen Kanal senden.",
    "Einen Test auslösen: er erscheint binnen Sekunden in der Ereignisliste auf dieser Seite.",
  ],
  "datto-rmm": [
    "Öffnen Sie in Datto RMM die Monitoring-Richtlinie (Policies → Monitoring) und aktivieren Sie für jeden Monitor, dessen Alerts zählen sollen, die Webhook-Reaktion.",
    "URL wie oben, Methode POST, eigener Header Authorization: Bearer <secret> (die Header-Zeile unten).",
    "Body für „Alert ausgelöst“: Vorlage „triggered“ von unten einfügen.",
    "Body für „Alert behoben“: Vorlage „resolved“ von unten einfügen.",
    "Richtlinie verteilen und einen Test-Alert auslösen: er erscheint binnen Sekunden in der Ereignisliste auf dieser Seite.",
  ],
  generic: [
    "Senden Sie jedes Ereignis als POST mit JSON-Body an die URL oben.",
    "Header X-MSP-KPI-Timestamp: die aktuelle Zeit in Unix-Sekunden.",
    "Header X-MSP-KPI-Signature: sha256= gefolgt vom hexadezimalen HMAC-SHA256 von „<timestamp>.<roher Body>“ mit dem Secret als Schlüssel.",
    "Anfragen, die mehr als 5 Minuten alt (oder voraus) sind, werden abgewiesen. Jedes Ereignis braucht eine eindeutige event_id: eine erneute Zustellung mit derselben event_id wird mit 202 beantwortet und nur einmal angewendet.",
    "Pflicht sind nur event_id, type und occurred_at; client, device, status und alert so weit bekannt. Das Beispiel unten signiert und sendet ein Ereignis.",
  ],
};

const hmacNote = {
  en: "This tool cannot sign requests itself: it needs a relay that adds the signature headers, or rotate to a bearer endpoint.",
  de: "Dieses Tool kann Anfragen nicht selbst signieren: es braucht ein Relay, das die Signatur-Header ergänzt, oder einen Endpunkt mit Bearer-Token.",
};

export function setupSteps(source: WebhookSource, authMode: AuthMode, locale: Locale): string[] {
  const steps = (locale === "de" ? de : en)[source];
  return authMode === "hmac" && source !== "generic" ? [...steps, hmacNote[locale]] : steps;
}

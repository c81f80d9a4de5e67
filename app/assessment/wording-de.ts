import type { AssessmentWording } from "./wording-en";

// Die Selbsteinschätzung in eigenen Worten, nach dem „Self-Assessment zur MSP-Reife“.

export const wordingDe: AssessmentWording = {
  scale: { 1: "Trifft gar nicht zu", 2: "Trifft eher nicht zu", 3: "Teils, teils", 4: "Trifft eher zu", 5: "Trifft voll zu" },
  sections: {
    processes: "Prozesse und Betrieb",
    technology: "Technologie und Automatisierung",
    customers: "Kundenzufriedenheit und Kundenbindung",
    revenue: "Umsatz und Wachstum",
  },
  statements: {
    onboarding: "Die Aufnahme neuer Kunden und das Ausscheiden von Kunden laufen nach einem festen Ablauf.",
    sla: "Wir behalten die Leistung unseres Teams im Blick und erreichen unsere SLA-Ziele zuverlässig.",
    documentation: "Wiederkehrende Aufgaben und technische Lösungen sind als Arbeitsanweisungen dokumentiert.",
    workflows: "Wir prüfen unsere Abläufe regelmäßig, spielen sie durch und verbessern sie.",
    bottlenecks: "Wir suchen Ineffizienzen und Engpässe, bevor sie schaden, und beseitigen sie.",
    "psa-rmm": "Unser PSA und unser RMM sind vollständig eingerichtet und täglich im Einsatz.",
    automation: "Wiederkehrende Arbeit wie Patching, Ticketzuweisung und Berichte läuft automatisch.",
    integration: "Unsere Werkzeuge sind miteinander verbunden, sodass alle Teams dasselbe Bild sehen.",
    modernisation: "Wir prüfen unsere Werkzeuge und ersetzen oder erneuern sie, wenn sie nicht mehr passen oder bremsen.",
    "tool-usage": "Wir messen, wie stark unsere Werkzeuge tatsächlich genutzt werden, um Verbesserungen zu finden.",
    qbr: "Wir pflegen die Kundenbeziehung und zeigen unseren Wert in vierteljährlichen Business Reviews.",
    csat: "Wir verfolgen CSAT- und NPS-Werte, um zu erfahren, wie Kunden die Zusammenarbeit bewerten.",
    "response-times": "Unsere Reaktions- und Lösungszeiten erreichen durchgehend die Richtwerte, die wir uns setzen.",
    communication: "Wir sprechen regelmäßig und von uns aus mit Kunden, nicht nur, wenn ein Ticket offen ist.",
    segmentation: "Vertrieb und Marketing sprechen Kunden nach Segment und nach ihrem jeweiligen Bedarf an.",
    tiers: "Wir verkaufen klar definierte Servicestufen und Preispakete.",
    recurring: "Ein großer Teil unseres Umsatzes ist wiederkehrend, planbar und stetig.",
    churn: "Wir verfolgen Kundenabwanderung, Kundenwert und Rentabilität aktiv.",
    upsell: "Wir finden regelmäßig Upselling-Chancen, die zu den Zielen unserer Kunden passen.",
    pricing: "Wir haben unsere Preise im vergangenen Jahr überprüft und angepasst.",
  },
  stages: {
    reactive: { name: "Reaktiv", traits: "Break/Fix-Arbeit, wenig Struktur, keine wiederholbaren Abläufe: Der Tag besteht aus dringenden Problemen." },
    stable: { name: "Stabil", traits: "Es gibt erste Standards, aber sie sind oft nicht dokumentiert oder werden uneinheitlich angewandt." },
    proactive: { name: "Proaktiv", traits: "Solide Systeme und vorausschauender Service statt einer Ticketflut; der Betrieb läuft effizient." },
    scalable: { name: "Skalierbar", traits: "Optimierte Prozesse, wiederkehrender Umsatz, breitere Leistungen und Pakete: Das Geschäft kann ohne Reibung wachsen." },
  },
  tips: {
    processes: {
      reactive: "Nehmen Sie sich ein Problem vor, das immer wiederkommt, und schreiben Sie eine kurze Arbeitsanweisung (SOP) zu seiner Lösung. Aufgeschriebene Schritte nehmen das Chaos aus wiederkehrender Arbeit.",
      stable: "Machen Sie eine Person im Team verantwortlich für die Dokumentation und für Kernprozesse wie das Onboarding. Klare Zuständigkeiten machen das Team schneller.",
      proactive: "Sehen Sie sich Ihre Prozesse mit hohem Volumen an, zuerst das Patching, und automatisieren Sie sie. Jede automatisierte Handarbeit spart Zeit und Geld.",
      scalable: "Prüfen Sie, ob neue Mitarbeitende und neue Standorte Ihre Prozesse ohne Hilfe übernehmen können, und auditieren Sie die Teams regelmäßig, damit die Arbeitsanweisungen wirklich gelebt werden.",
    },
    technology: {
      reactive: "Legen Sie Ihre Kernwerkzeuge fest (PSA und RMM) und sorgen Sie dafür, dass alle Kunden mit denselben Werkzeugen betreut werden.",
      stable: "Bezahlen Sie doppelt für Werkzeuge, die dasselbe tun? Legen Sie sie zusammen und sparen Sie Zeit und Geld.",
      proactive: "Wählen Sie Werkzeuge, die sich miteinander verbinden lassen, damit Abläufe besser werden und manuelle Übergaben entfallen.",
      scalable: "Führen Sie vierteljährlich eine Technologie-Überprüfung ein: Nutzung, Kosteneffizienz und Lücken.",
    },
    customers: {
      reactive: "Melden Sie sich auch außerhalb von Tickets: Schicken Sie Kunden eine E-Mail mit zwei Fragen zu ihrer Zufriedenheit.",
      stable: "Nehmen Sie sich ein Business Review in diesem Quartal fest vor: Vereinbaren Sie einen Termin mit einem wichtigen Kunden und zeigen Sie mit einer einfachen Vorlage, was Sie geleistet haben.",
      proactive: "Machen Sie Ihre Kommunikation persönlich: Melden Sie sich zu Meilensteinen wie Jubiläen oder großen Erfolgen.",
      scalable: "Schreiben Sie ein Customer-Success-Playbook mit einfachen, wiederholbaren Schritten für Onboarding, QBRs und die laufende Kommunikation.",
    },
    revenue: {
      reactive: "Überprüfen Sie Ihre Preise, zuerst bei einem langjährigen Kunden: Tragen die Preise Ihrer Leistungen noch Ihre Marge?",
      stable: "Verfolgen Sie die Abwanderung, um zu verstehen, wann und warum Kunden gehen; erkennen Sie Muster und Schwachstellen und beheben Sie sie.",
      proactive: "Starten Sie eine Upselling-Aktion: Wählen Sie eine Leistung (etwa Mobile Device Management) und bieten Sie sie drei Kunden an, die sie noch nicht haben.",
      scalable: "Planen Sie Wachstum je Kundensegment: Wer weiß, welche Kundengrößen und Branchen am rentabelsten sind, weiß, wo er als Nächstes verkaufen sollte.",
    },
  },
};

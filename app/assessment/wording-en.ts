import type { SectionId, Stage, StatementId } from "@/lib/assessment/statements";

// The self-assessment in the product's own words, after the German "Self-Assessment zur MSP-Reife".

export interface AssessmentWording {
  scale: Record<1 | 2 | 3 | 4 | 5, string>;
  sections: Record<SectionId, string>;
  statements: Record<StatementId, string>;
  stages: Record<Stage, { name: string; traits: string }>;
  /** One concrete next step per section and stage. */
  tips: Record<SectionId, Record<Stage, string>>;
}

export const wordingEn: AssessmentWording = {
  scale: { 1: "Strongly disagree", 2: "Disagree", 3: "Neutral", 4: "Agree", 5: "Strongly agree" },
  sections: {
    processes: "Processes and operations",
    technology: "Technology and automation",
    customers: "Customer satisfaction and retention",
    revenue: "Revenue and growth",
  },
  statements: {
    onboarding: "Taking on a new client and letting one go follow a standard procedure.",
    sla: "We watch our team's performance and reliably hit our SLA targets.",
    documentation: "Recurring tasks and technical fixes are written down as procedures.",
    workflows: "We review our workflows regularly, run through them and improve them.",
    bottlenecks: "We look for inefficiencies and bottlenecks before they hurt, and remove them.",
    "psa-rmm": "Our PSA and RMM are fully set up and used every day.",
    automation: "Repetitive work such as patching, ticket routing and reporting runs automatically.",
    integration: "Our tools are connected, so every team sees the same picture.",
    modernisation: "We review our tools and replace or update them when they no longer fit or slow us down.",
    "tool-usage": "We measure how much our tools are actually used, to find what to improve.",
    qbr: "We invest in client relationships and hold quarterly business reviews that show our value.",
    csat: "We follow CSAT and NPS to learn how clients rate working with us.",
    "response-times": "Our response and resolution times consistently meet the benchmarks we set.",
    communication: "We talk to clients regularly and proactively, not only when a ticket is open.",
    segmentation: "Our sales and marketing address clients by segment and by what each one needs.",
    tiers: "We sell clearly defined service tiers and price packages.",
    recurring: "A large share of our revenue is recurring, predictable and steady.",
    churn: "We actively track churn, client value and profitability.",
    upsell: "We regularly find upsell opportunities tied to the outcomes our clients want.",
    pricing: "We reviewed our prices within the past year and adjusted them.",
  },
  stages: {
    reactive: { name: "Reactive", traits: "Break/fix work, little structure, no repeatable processes: the day is spent fighting urgent problems." },
    stable: { name: "Stable", traits: "Some standards are in place, but they may be undocumented or applied unevenly." },
    proactive: { name: "Proactive", traits: "Solid systems and proactive service instead of a flood of tickets; operations run efficiently." },
    scalable: { name: "Scalable", traits: "Optimised processes, recurring revenue, broader services and packages: the business can grow without strain." },
  },
  tips: {
    processes: {
      reactive: "Pick one problem that keeps coming back and write a short standard operating procedure for fixing it. Written steps take the chaos out of repeat work.",
      stable: "Make one person on the team responsible for documentation and for core processes such as onboarding. Clear ownership makes the team faster.",
      proactive: "Look at your high-volume processes, patching first, and automate them. Every manual task you automate saves time and money.",
      scalable: "Check that new hires and new locations can pick up your processes without help, and audit the teams regularly so the procedures are really followed.",
    },
    technology: {
      reactive: "Name your core tools (PSA and RMM) and make sure every client is supported with the same stack.",
      stable: "Are you paying twice for tools that do the same job? Consolidate them to save time and money.",
      proactive: "Choose tools that integrate with each other, so workflows improve and manual hand-offs disappear.",
      scalable: "Hold a quarterly technology review of usage, cost efficiency and gaps.",
    },
    customers: {
      reactive: "Reach out beyond the ticket queue: send clients a two-question e-mail to find out how satisfied they are.",
      stable: "Commit to one quarterly business review this quarter: book a key client and use a simple template to show what you delivered.",
      proactive: "Make your communication personal: get in touch to celebrate milestones such as anniversaries or big wins.",
      scalable: "Write a client-success playbook with simple, repeatable steps for onboarding, QBRs and everyday communication.",
    },
    revenue: {
      reactive: "Review your prices, starting with a long-standing client: do the prices of your services still support your margins?",
      stable: "Track churn to learn when and why clients leave, spot the patterns and weak points, and start fixing them.",
      proactive: "Run an upsell campaign: pick one service (for example mobile device management) and offer it to three clients who do not have it yet.",
      scalable: "Forecast growth per client segment: knowing which client sizes and industries are most profitable tells you where to sell next.",
    },
  },
};

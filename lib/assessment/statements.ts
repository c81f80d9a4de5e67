// The maturity self-assessment's structure: four sections of five statements each, scored 1–5,
// and the four stages an average falls into. Wording lives in wording-en.ts / wording-de.ts.

export const SECTION_IDS = ["processes", "technology", "customers", "revenue"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Statement ids are stored as the keys of saved answers: never rename one. */
export const STATEMENTS_BY_SECTION = {
  processes: ["onboarding", "sla", "documentation", "workflows", "bottlenecks"],
  technology: ["psa-rmm", "automation", "integration", "modernisation", "tool-usage"],
  customers: ["qbr", "csat", "response-times", "communication", "segmentation"],
  revenue: ["tiers", "recurring", "churn", "upsell", "pricing"],
} as const satisfies Record<SectionId, readonly string[]>;

export type StatementId = (typeof STATEMENTS_BY_SECTION)[SectionId][number];

export const STATEMENT_IDS: readonly StatementId[] = SECTION_IDS.flatMap((section) => STATEMENTS_BY_SECTION[section]);

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

export const STAGES = ["reactive", "stable", "proactive", "scalable"] as const;
export type Stage = (typeof STAGES)[number];

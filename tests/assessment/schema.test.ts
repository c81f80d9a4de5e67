import { describe, expect, it } from "vitest";
import { AssessmentAnswers, answersFromFormData, invalidStatements } from "@/lib/assessment/schema";
import { STATEMENT_IDS } from "@/lib/assessment/statements";

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
};
const allFours = () => Object.fromEntries(STATEMENT_IDS.map((id) => [id, "4"]));

describe("AssessmentAnswers", () => {
  it("accepts 20 scores from a form (strings 1–5) and types them as numbers", () => {
    const parsed = AssessmentAnswers.parse(answersFromFormData(form({ ...allFours(), pricing: "1", tiers: "5" })));
    expect(Object.keys(parsed)).toHaveLength(20);
    expect(parsed.pricing).toBe(1);
    expect(parsed.tiers).toBe(5);
    expect(parsed.sla).toBe(4);
  });

  it("names the statements left open, in questionnaire order", () => {
    const values = allFours();
    delete values.upsell;
    delete values.onboarding;
    const result = AssessmentAnswers.safeParse(answersFromFormData(form(values)));
    expect(result.success).toBe(false);
    if (!result.success) expect(invalidStatements(result.error)).toEqual(["onboarding", "upsell"]);
  });

  it.each(["0", "6", "3.5", "abc"])("refuses the score %j", (value) => {
    const result = AssessmentAnswers.safeParse({ ...allFours(), csat: value });
    expect(result.success).toBe(false);
    if (!result.success) expect(invalidStatements(result.error)).toEqual(["csat"]);
  });

  it("reads only the statements' radio groups from the form, and refuses unknown keys when given directly", () => {
    expect(answersFromFormData(form({ ...allFours(), $ACTION_ID_abc: "", other: "3" }))).toEqual(allFours());
    expect(AssessmentAnswers.safeParse({ ...allFours(), other: 3 }).success).toBe(false);
  });
});

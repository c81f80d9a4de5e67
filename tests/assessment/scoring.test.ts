import { describe, expect, it } from "vitest";
import { scoreAnswers, stageOf, type Answers } from "@/lib/assessment/scoring";
import { SECTION_IDS, STATEMENTS_BY_SECTION, STATEMENT_IDS, type Score, type SectionId, type Stage } from "@/lib/assessment/statements";

/** Answers whose points add up to `total` (20–100), spread as evenly as the scores allow. */
function answersWithTotal(total: number): Answers {
  const base = Math.floor(total / 20);
  const extra = total - base * 20;
  return Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, Math.min(5, base + (i < extra ? 1 : 0)) as Score]));
}

/** A section's five scores, the other sections all 3. */
function withSection(section: SectionId, scores: Score[]): Answers {
  const answers: Answers = Object.fromEntries(STATEMENT_IDS.map((id) => [id, 3 as Score]));
  STATEMENTS_BY_SECTION[section].forEach((id, i) => (answers[id] = scores[i]));
  return answers;
}

const expectedStage = (points: number, count: number): Stage =>
  points < 2 * count ? "reactive" : points < 3 * count ? "stable" : points < 4 * count ? "proactive" : "scalable";

describe("stageOf", () => {
  it.each([
    [1.0, "reactive"],
    [1.9, "reactive"],
    [1.95, "reactive"],
    [1.999, "reactive"],
    [2.0, "stable"],
    [2.9, "stable"],
    [2.95, "stable"],
    [3.0, "proactive"],
    [3.55, "proactive"],
    [3.9, "proactive"],
    [3.95, "proactive"],
    [4.0, "scalable"],
    [5.0, "scalable"],
  ] as const)("%s → %s (stage from the unrounded average)", (average, stage) => {
    expect(stageOf(average)).toBe(stage);
  });

  it.each([0.99, 5.01, 0, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s, which no answer set can give", (average) => {
    expect(() => stageOf(average)).toThrow(RangeError);
  });
});

describe("scoreAnswers", () => {
  it("the paper's example: 23, 16, 19 and 13 points → 4.6, 3.2, 3.8, 2.6 → (4.6+3.2+3.8+2.6)/4 = 3.55, proactive", () => {
    const answers: Answers = {
      ...withSection("processes", [5, 5, 5, 4, 4]),
      ...Object.fromEntries(STATEMENTS_BY_SECTION.technology.map((id, i) => [id, ([4, 3, 3, 3, 3] as Score[])[i]])),
      ...Object.fromEntries(STATEMENTS_BY_SECTION.customers.map((id, i) => [id, ([4, 4, 4, 4, 3] as Score[])[i]])),
      ...Object.fromEntries(STATEMENTS_BY_SECTION.revenue.map((id, i) => [id, ([3, 3, 3, 2, 2] as Score[])[i]])),
    };
    const score = scoreAnswers(answers);
    expect(SECTION_IDS.map((s) => score.sections[s].average)).toEqual([4.6, 3.2, 3.8, 2.6]);
    expect(SECTION_IDS.map((s) => score.sections[s].stage)).toEqual(["scalable", "proactive", "proactive", "stable"]);
    expect(score.overall).toBeCloseTo(3.55, 12);
    expect(score.stage).toBe("proactive");
    expect(score.answered).toBe(20);
  });

  it("every total from 20 to 100 points: overall = points / 20, stage by < 40 / < 60 / < 80 points", () => {
    for (let total = 20; total <= 100; total++) {
      const score = scoreAnswers(answersWithTotal(total));
      expect(score.overall, `${total} points`).toBeCloseTo(total / 20, 12);
      expect(score.stage, `${total} points`).toBe(expectedStage(total, 20));
    }
  });

  it("around each boundary: 38, 39 | 40, 41 → 1.9, 1.95 | 2.0, 2.05; likewise at 3.0 and 4.0; ends 1.0 and 5.0", () => {
    const stageAt = (total: number) => scoreAnswers(answersWithTotal(total)).stage;
    expect([38, 39, 40, 41].map(stageAt)).toEqual(["reactive", "reactive", "stable", "stable"]);
    expect([58, 59, 60, 61].map(stageAt)).toEqual(["stable", "stable", "proactive", "proactive"]);
    expect([78, 79, 80, 81].map(stageAt)).toEqual(["proactive", "proactive", "scalable", "scalable"]);
    expect([20, 100].map(stageAt)).toEqual(["reactive", "scalable"]);
    expect(scoreAnswers(answersWithTotal(20)).overall).toBe(1);
    expect(scoreAnswers(answersWithTotal(100)).overall).toBe(5);
  });

  it("all 3,125 answer combinations of a section: average = points / 5 and its stage by < 10 / < 15 / < 20 points", () => {
    for (let n = 0; n < 5 ** 5; n++) {
      const scores = [0, 1, 2, 3, 4].map((i) => (Math.floor(n / 5 ** i) % 5) + 1) as Score[];
      const points = scores.reduce((a, b) => a + b, 0);
      const section = scoreAnswers(withSection("revenue", scores)).sections.revenue;
      expect(section.average).toBeCloseTo(points / 5, 12);
      expect(section.stage, scores.join(",")).toBe(expectedStage(points, 5));
    }
  });

  it("a draft: a section scores once its five answers are in; overall and stage wait for all twenty", () => {
    const draft: Answers = { onboarding: 4, sla: 4, documentation: 3, workflows: 4, bottlenecks: 5, "psa-rmm": 2 };
    const score = scoreAnswers(draft);
    expect(score.sections.processes).toMatchObject({ answered: 5, total: 5, average: 4, stage: "scalable" });
    expect(score.sections.technology).toMatchObject({ answered: 1, total: 5, average: null, stage: null });
    expect(score.sections.customers).toMatchObject({ answered: 0, average: null });
    expect(score).toMatchObject({ answered: 6, total: 20, overall: null, stage: null });
  });
});

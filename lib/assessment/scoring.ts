import { SECTION_IDS, STATEMENTS_BY_SECTION, type Score, type SectionId, type Stage, type StatementId } from "./statements";

// The paper's arithmetic: a section's average is its points ÷ 5, the overall average is the mean
// of the four section averages (so points ÷ 20 when every statement is answered).
//
// Rounding: none before staging. The paper's bands (1.0–1.9, 2.0–2.9, …) are read as
// "below 2.0 is reactive", so an overall 1.95 (39 points) is reactive and 2.0 is stable. Averages
// are multiples of 0.2 (sections) and 0.05 (overall), so two decimals show them exactly and the
// figure on screen never rounds across a boundary.

export type Answers = Partial<Record<StatementId, Score>>;

export interface SectionScore {
  section: SectionId;
  answered: number;
  total: number;
  /** Points ÷ 5; null until all five statements are answered. */
  average: number | null;
  stage: Stage | null;
}

export interface AssessmentScore {
  sections: Record<SectionId, SectionScore>;
  answered: number;
  total: number;
  /** Mean of the four section averages; null until every statement is answered. */
  overall: number | null;
  stage: Stage | null;
}

/** The stage of an average in [1, 5]: < 2 reactive, < 3 stable, < 4 proactive, else scalable. */
export function stageOf(average: number): Stage {
  if (!Number.isFinite(average) || average < 1 || average > 5) throw new RangeError(`average out of range: ${average}`);
  if (average < 2) return "reactive";
  if (average < 3) return "stable";
  if (average < 4) return "proactive";
  return "scalable";
}

function scoreSection(section: SectionId, answers: Answers): SectionScore {
  const scores = STATEMENTS_BY_SECTION[section].map((id) => answers[id]).filter((s): s is Score => s !== undefined);
  const total = STATEMENTS_BY_SECTION[section].length;
  const average = scores.length === total ? scores.reduce((sum, s) => sum + s, 0) / total : null;
  return { section, answered: scores.length, total, average, stage: average === null ? null : stageOf(average) };
}

/** Section averages, overall average and stages of a (possibly partial) set of answers. */
export function scoreAnswers(answers: Answers): AssessmentScore {
  const sections = Object.fromEntries(SECTION_IDS.map((s) => [s, scoreSection(s, answers)])) as Record<SectionId, SectionScore>;
  const list = SECTION_IDS.map((s) => sections[s]);
  const averages = list.map((s) => s.average);
  const complete = averages.every((a): a is number => a !== null);
  const overall = complete ? averages.reduce((sum, a) => sum + a, 0) / averages.length : null;
  return {
    sections,
    answered: list.reduce((n, s) => n + s.answered, 0),
    total: list.reduce((n, s) => n + s.total, 0),
    overall,
    stage: overall === null ? null : stageOf(overall),
  };
}

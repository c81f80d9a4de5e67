import "server-only";
import type { AssessmentAnswers } from "@/lib/assessment/schema";
import { scoreAnswers } from "@/lib/assessment/scoring";
import { SECTION_IDS, STAGES, type SectionId, type Stage } from "@/lib/assessment/statements";
import type { SqlRunner } from "../client";

// Saved self-assessments of an org: each with its answers and the averages and stage they gave.

export interface SavedAssessment {
  id: number;
  /** ISO timestamp. */
  takenAt: string;
  /** The actor ("user:<id>", "token:<id>"), and the user's name where the actor is a user. */
  takenBy: string;
  takenByName: string;
  answers: AssessmentAnswers;
  sections: Record<SectionId, number>;
  overall: number;
  stage: Stage;
}

interface Row {
  id: number;
  taken_at: Date | string;
  taken_by: string;
  taken_by_name: string | null;
  answers: AssessmentAnswers | string;
  processes: string;
  technology: string;
  customers: string;
  revenue: string;
  overall: string;
  stage: string;
}

const COLUMNS = "id, taken_at, taken_by, answers, processes, technology, customers, revenue, overall, stage";

function toSaved(row: Row): SavedAssessment {
  const stage = STAGES.find((s) => s === row.stage);
  if (!stage) throw new Error(`assessment ${row.id} has an unknown stage ${row.stage}`);
  return {
    id: row.id,
    takenAt: new Date(row.taken_at).toISOString(),
    takenBy: row.taken_by,
    takenByName: row.taken_by_name ?? row.taken_by,
    answers: typeof row.answers === "string" ? (JSON.parse(row.answers) as AssessmentAnswers) : row.answers,
    sections: { processes: Number(row.processes), technology: Number(row.technology), customers: Number(row.customers), revenue: Number(row.revenue) },
    overall: Number(row.overall),
    stage,
  };
}

/** Stores a complete answer set with the averages and stage scored from it. */
export async function saveAssessment(
  db: SqlRunner,
  orgId: number,
  input: { answers: AssessmentAnswers; takenBy: string; takenAt?: Date },
): Promise<SavedAssessment> {
  const score = scoreAnswers(input.answers);
  const averages = SECTION_IDS.map((s) => score.sections[s].average);
  if (score.overall === null || score.stage === null || averages.some((a) => a === null)) {
    throw new Error("only a complete assessment can be saved");
  }
  const [row] = await db.query<Row>(
    `insert into assessments (org_id, taken_at, taken_by, answers, processes, technology, customers, revenue, overall, stage)
     values ($1, coalesce($2::timestamptz, now()), $3, $4::text::jsonb, $5, $6, $7, $8, $9, $10)
     returning ${COLUMNS}, null as taken_by_name`,
    [orgId, input.takenAt?.toISOString() ?? null, input.takenBy, JSON.stringify(input.answers), ...averages, score.overall, score.stage],
  );
  if (!row) throw new Error("assessment not saved");
  return toSaved(row);
}

/** Every saved assessment of the org, oldest first (the order of the history chart). */
export async function listAssessments(db: SqlRunner, orgId: number): Promise<SavedAssessment[]> {
  const rows = await db.query<Row>(
    `select ${COLUMNS.split(", ").map((c) => `a.${c}`).join(", ")}, u.name as taken_by_name
     from assessments a left join users u on a.taken_by = 'user:' || u.id
     where a.org_id = $1 order by a.taken_at, a.id`,
    [orgId],
  );
  return rows.map(toSaved);
}

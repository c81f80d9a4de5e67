import { describe, expect, it } from "vitest";
import { GoalInput } from "@/lib/goals/goal-schema";

const paths = (input: Record<string, string>) => GoalInput.safeParse(input).error?.issues.map((i) => i.path[0]) ?? [];

describe("GoalInput", () => {
  it("reads the form: a decimal comma, empty optional fields as none", () => {
    expect(GoalInput.parse({ metric: "csat", subject: "", direction: "at_least", target: "4,5", warn: "", dueDate: "", source: " " })).toEqual({
      metric: "csat", subject: null, direction: "at_least", target: 4.5, warn: null, dueDate: null, source: null,
    });
  });

  it("refuses an unknown or service figure, a missing target, a warning equal to the target, and a bad date", () => {
    expect(paths({ metric: "nope", direction: "at_least", target: "1" })).toEqual(["metric"]);
    expect(paths({ metric: "service.mrr", direction: "at_least", target: "1" })).toEqual(["metric"]);
    expect(paths({ metric: "mrr", direction: "at_least", target: "" })).toEqual(["target"]);
    expect(paths({ metric: "mrr", direction: "at_least", target: "lots" })).toEqual(["target"]);
    expect(paths({ metric: "mrr", direction: "at_least", target: "1.5", warn: "1,5" })).toEqual(["warn"]);
    expect(paths({ metric: "mrr", direction: "at_least", target: "1", dueDate: "2027-02-30" })).toEqual(["dueDate"]);
  });

  it("names a technician or client only for their figures", () => {
    expect(paths({ metric: "mrr", subject: "Ann", direction: "at_least", target: "1" })).toEqual(["subject"]);
    expect(GoalInput.parse({ metric: "technician.utilization", subject: "Ann", direction: "at_least", target: "75" }).subject).toBe("Ann");
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RuleActionForm, RuleId, ScheduleForm } from "@/app/alerts/forms";
import { fieldErrorsOf, formFields } from "@/lib/forms/action-result";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return Object.fromEntries(data);
};

describe("alerts forms", () => {
  it("saves the schedule only for a whole number of minutes from 1 to 1440", () => {
    expect(ScheduleForm.parse(form({ action: "schedule", everyMinutes: "15" }))).toEqual({ action: "schedule", everyMinutes: 15 });
    for (const everyMinutes of ["0", "1441", "1.5", "abc", ""]) {
      expect(ScheduleForm.safeParse(form({ action: "schedule", everyMinutes })).success, everyMinutes).toBe(false);
    }
    expect(ScheduleForm.parse(form({ action: "evaluate" }))).toEqual({ action: "evaluate" });
    expect(ScheduleForm.safeParse(form({ action: "drop", everyMinutes: "15" })).success).toBe(false);
  });

  it("edits the rule a positive id names, creates one for an empty id, and refuses a garbled id instead of creating", () => {
    expect(RuleId.parse("12")).toBe(12);
    expect(RuleId.parse("")).toBeUndefined();
    expect(RuleId.parse(null)).toBeUndefined();
    for (const id of ["abc", "-3", "0", "1.5"]) expect(RuleId.safeParse(id).success, id).toBe(false);
  });

  it("acts on one rule by id with a known action only", () => {
    expect(RuleActionForm.parse(form({ ruleId: "4", action: "mute" }))).toEqual({ ruleId: 4, action: "mute" });
    expect(RuleActionForm.safeParse(form({ ruleId: "4", action: "explode" })).success).toBe(false);
    expect(RuleActionForm.safeParse(form({ ruleId: "x", action: "test" })).success).toBe(false);
  });
});

describe("action-result helpers", () => {
  it("keeps each field's first problem, and the typed values with absent fields empty", () => {
    const parsed = z.object({ name: z.string().min(3, "too short").regex(/^[a-z]+$/, "letters only"), age: z.coerce.number().int() }).safeParse({ name: "A1", age: "x" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ name: "too short", age: expect.any(String) });
    const data = new FormData();
    data.set("name", "Ann");
    expect(formFields(data, ["name", "email"])).toEqual({ name: "Ann", email: "" });
  });
});

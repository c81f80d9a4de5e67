import { TIME_CATEGORIES, textProblem } from "@/lib/records/schemas";
import type { ValueType } from "../fields";
import type { DateOrder } from "../options";
import { NO_DATE, expectedDateFormat, parseDate, parseInstant } from "../values/dates";
import { parseBillCycle, parseBool, parseCsat, parseDeviceKind, parsePriority, parseTimeCategory, type PriorityValue } from "../values/enums";
import { parseDecimal, parseDuration, secondsToHours } from "../values/numbers";

// One cell parser per mapped column, built once per import. A parser gets a trimmed, non-empty
// string (empty cells are null before any parser runs) and returns the value or a Fail.

export class Fail {
  constructor(readonly reason: string) {}
}

export type CellParser = (text: string) => unknown;

export interface ParserContext {
  dateOrder: DateOrder;
  decimalComma: boolean;
  timeZone: string;
  priorities: ReadonlyMap<string, PriorityValue>;
}

export function makeParser(type: ValueType, field: string, ctx: ParserContext): CellParser {
  const numberHint = ctx.decimalComma ? "not a number: expected e.g. 1234,56" : "not a number: expected e.g. 1234.56";
  const negative = new Fail(`${field} must not be negative`);
  const decimal = (text: string) => parseDecimal(text, ctx.decimalComma);
  switch (type) {
    case "text":
      return (text) => {
        const problem = textProblem(text);
        return problem ? new Fail(`${field} ${problem}`) : text;
      };
    case "decimal":
      return (text) => decimal(text) ?? new Fail(numberHint);
    case "nonneg":
      return (text) => {
        const v = decimal(text);
        if (v === null) return new Fail(numberHint);
        return v.startsWith("-") ? negative : v;
      };
    case "hours":
      return (text) => {
        const v = text.includes(":") ? parseDuration(text) : decimal(text);
        if (v === null) return new Fail(text.startsWith("-") ? negative.reason : "not a number of hours: expected e.g. 1.5 or 01:30");
        return v.startsWith("-") ? negative : v;
      };
    case "seconds":
      return (text) => {
        const v = decimal(text);
        if (v === null) return new Fail("not a number of seconds");
        return v.startsWith("-") ? negative : secondsToHours(v);
      };
    case "count":
      return (text) => {
        const v = decimal(text);
        if (v === null || v.includes(".")) return new Fail(`${field} must be a whole number`);
        return v.startsWith("-") ? negative : Number(v);
      };
    case "date":
      return (text) => {
        const v = parseDate(text, ctx.dateOrder);
        if (v === NO_DATE) return null;
        if (v === "bad") return new Fail(`not a date: expected ${expectedDateFormat(ctx.dateOrder, text)}`);
        if (v === "invalid") return new Fail("not a real calendar date");
        return v;
      };
    case "instant":
      return (text) => {
        const v = parseInstant(text, ctx.dateOrder, ctx.timeZone);
        if (v === NO_DATE) return null;
        if (v === "bad") return new Fail(`not a date and time: expected ${expectedDateFormat(ctx.dateOrder, text)} hh:mm[:ss]`);
        if (v === "invalid") return new Fail("not a real date and time");
        return v;
      };
    case "bool":
      return (text) => parseBool(text) ?? new Fail("not a yes/no value: expected true/false, yes/no, 1/0 or x");
    case "priority":
      return (text) => parsePriority(text, ctx.priorities) ?? new Fail(`unknown priority "${text}": map it to P1–P4 in the priority value map`);
    case "csat":
      return (text) => {
        const v = parseCsat(text);
        return typeof v === "string" ? new Fail("csat must be a whole number from 1 to 5") : v;
      };
    case "device_kind":
      return (text) => parseDeviceKind(text);
    case "bill_cycle":
      return (text) => parseBillCycle(text) ?? new Fail(`unknown bill cycle "${text}": expected monthly, quarterly, half-yearly or yearly`);
    case "time_category":
      return (text) => parseTimeCategory(text) ?? new Fail(`unknown ${field} "${text}": expected one of ${TIME_CATEGORIES.join(", ")}`);
  }
}

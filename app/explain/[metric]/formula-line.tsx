import type { ExplainedFigure } from "@/lib/explain/figures";
import type { Formula, FormulaTerm } from "@/lib/explain/formula";
import type { Locale } from "@/lib/format/locale";
import { formatNumber, formatPercent } from "@/lib/format/number";
import type { ExplainMessages } from "../messages";
import { formatValue } from "./columns";

interface Props {
  formula: Formula;
  valueUnit: ExplainedFigure["valueUnit"];
  currency: string;
  locale: Locale;
  t: ExplainMessages;
}

/** "billable 162.3 h ÷ available 168 h = 96.6 %": the formula in words, its result formatted as on the card. */
export function FormulaLine({ formula, valueUnit, currency, locale, t }: Props) {
  const term = (x: FormulaTerm) => formatValue(x.value, x.unit, currency, locale);
  const labelled = (x: FormulaTerm) => `${t.formula.labels[x.label] ?? x.label} ${term(x)}`;
  const [first, second] = formula.terms as [FormulaTerm, FormulaTerm | undefined];
  // A count is a number of records whatever its records' values are (contracts, clients).
  const resultUnit = formula.resultUnit ?? (formula.op === "count" ? "count" : valueUnit);
  const result =
    formula.result === null ? "—" : resultUnit === "share" ? formatPercent(formula.result, locale) : formatValue(formula.result, resultUnit, currency, locale);
  const text = (() => {
    switch (formula.op) {
      case "count":
        return t.formula.count(term(first), result);
      case "median":
        return t.formula.median(term(first), result);
      case "sum":
        return t.formula.sum(term(first), second ? term(second) : "0", result);
      case "mean":
        return t.formula.mean(term(first), second ? term(second) : "0", result);
      case "ratio":
        return t.formula.ratio(formula.scale ? `${labelled(first)} × ${formatNumber(formula.scale, locale, { digits: 4 })}` : labelled(first), second ? labelled(second) : "", result);
    }
  })();
  return (
    <div className="mt-2 flex flex-col gap-1">
      <p className="text-lg tabular-nums text-gray-900" data-formula data-result={formula.result ?? ""} data-terms={JSON.stringify(formula.terms.map((x) => x.value))}>
        {text}
      </p>
      {formula.result === null ? <p className="text-sm text-gray-600">{t.noData}</p> : null}
    </div>
  );
}

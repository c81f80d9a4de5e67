"use client";

import { describedBy, inputClass } from "@/components/form-fields";

/** A number field that takes decimals ("7.5", never below 0), tied to its hint and error message by its name. */
export function DecimalInput({
  name,
  value,
  onChange,
  max,
  label,
  hint = false,
  error,
}: {
  name: string;
  value: string;
  onChange: (value: string) => void;
  max?: number;
  /** For a field without a visible label (a table cell). */
  label?: string;
  hint?: boolean;
  error: string | null;
}) {
  return (
    <input
      name={name}
      type="number"
      inputMode="decimal"
      min={0}
      max={max}
      step="any"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-label={label}
      className={`${inputClass} w-24 text-right tabular-nums`}
      {...describedBy(name, { hint, error })}
    />
  );
}

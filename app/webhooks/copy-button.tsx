"use client";

import { useState } from "react";
import { webhooksMessages } from "./messages";
import { useLocale } from "@/components/locale-provider";

/** Copies `text` to the clipboard and says so for a moment. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = webhooksMessages(useLocale());
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={label ? `${t.copy}: ${label}` : t.copy}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
      className="shrink-0 rounded-tremor-small border border-gray-300 bg-white px-2 py-1 text-xs font-medium text-gray-700 shadow-tremor-input hover:bg-gray-50"
    >
      {copied ? t.copied : t.copy}
    </button>
  );
}

/** A monospace value with a copy button, on one line. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <div className="text-xs font-medium text-gray-600">{label}</div>
      <div className="mt-1 flex items-center gap-2">
        <code data-testid={testId} className="min-w-0 flex-1 overflow-x-auto whitespace-nowrap rounded-tremor-small bg-gray-50 px-2 py-1.5 font-mono text-sm text-gray-900 ring-1 ring-gray-200">
          {value}
        </code>
        <CopyButton text={value} label={label} />
      </div>
    </div>
  );
}

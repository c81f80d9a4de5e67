"use client";

import { useLocale } from "@/components/locale-provider";
import { CopyButton, CopyField } from "./copy-button";
import { webhooksMessages } from "./messages";
import type { SetupGuide } from "./setup-guide";

function CodeBlock({ title, text }: { title: string; text: string }) {
  return (
    <div className="mt-3">
      <div className="flex items-center justify-between gap-2">
        <h4 className="text-sm font-medium text-gray-800">{title}</h4>
        <CopyButton text={text} label={title} />
      </div>
      <pre className="mt-1 max-h-80 overflow-auto rounded-tremor-small bg-gray-900 p-3 font-mono text-xs leading-relaxed text-gray-100">{text}</pre>
    </div>
  );
}

/** Shown once after creating an endpoint: URL, secret, header, steps and templates for the tool. */
export function SetupPanel({ guide }: { guide: SetupGuide }) {
  const t = webhooksMessages(useLocale());
  return (
    <section aria-labelledby="setup-heading" className="mt-6 rounded-tremor-default border border-blue-200 bg-blue-50/40 p-5">
      <h3 id="setup-heading" className="text-base font-semibold text-gray-900">
        {t.setUp(guide.tool)} — {guide.name}
      </h3>
      <p role="status" className="mt-2 rounded-tremor-small bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 ring-1 ring-amber-200">
        {t.secretOnce}
      </p>
      <div className="mt-4 grid gap-3">
        <CopyField label={t.url} value={guide.url} testId="webhook-url" />
        <CopyField label={t.secret} value={guide.secret} testId="webhook-secret" />
      </div>
      <CodeBlock title={t.headerToSend} text={guide.headerLines.join("\n")} />
      <ol className="mt-4 list-decimal space-y-1.5 pl-5 text-sm text-gray-800">
        {guide.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {guide.templates.length > 0 ? (
        <div className="mt-4">
          <h4 className="text-sm font-semibold text-gray-900">{t.templates}</h4>
          <div className="grid gap-x-4 2xl:grid-cols-2">
            {guide.templates.map((tpl) => (
              <CodeBlock key={tpl.name} title={t.template(tpl.name)} text={tpl.body} />
            ))}
          </div>
        </div>
      ) : guide.source === "ninjaone" ? (
        <p className="mt-4 text-sm text-gray-700">{t.ninjaNoTemplate}</p>
      ) : null}
      {guide.curl ? <CodeBlock title={t.curlExample} text={guide.curl} /> : null}
    </section>
  );
}

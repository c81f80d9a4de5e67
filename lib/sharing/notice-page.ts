import type { Locale } from "@/lib/format/locale";
import { html } from "@/lib/qbr/html";

/** A plain page with a heading and a sentence: what a share link answers when it shows no report. */
export function noticePageHtml(locale: Locale, title: string, text: string): string {
  return html`<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="robots" content="noindex, nofollow"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{margin:0;font-family:"Liberation Sans",Arial,sans-serif;color:#0f172a;background:#f8fafc}main{max-width:36rem;margin:15vh auto;padding:0 1.5rem}h1{font-size:1.5rem}p{line-height:1.5}</style></head>
<body><main><h1>${title}</h1><p>${text}</p></main></body>
</html>`.text;
}

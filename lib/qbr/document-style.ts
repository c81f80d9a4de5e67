// The printed QBR's look: A4 pages, a cover, calm colours. Margins and the footer with page
// numbers come from chromium's page.pdf (server/qbr/pdf.ts); on screen the print route shows sheets.
export const DOCUMENT_CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #0f172a; }
h1, h2, h3 { margin: 0; line-height: 1.2; }
h2 { font-size: 14pt; color: #1e3a8a; margin: 0 0 8pt; padding-bottom: 4pt; border-bottom: 2px solid #bfdbfe; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; }
section { margin: 0 0 16pt; break-inside: avoid; }
p { margin: 0 0 6pt; }
.muted { color: #475569; }
.cover { height: 255mm; display: flex; flex-direction: column; justify-content: space-between; break-after: page; border-left: 10pt solid #1d4ed8; padding: 8mm 0 8mm 12mm; }
.cover .msp { font-size: 14pt; font-weight: bold; color: #1d4ed8; letter-spacing: 0.02em; }
.cover .kind { font-size: 12pt; text-transform: uppercase; color: #475569; margin-bottom: 6pt; }
.cover h1 { font-size: 30pt; color: #0f172a; margin-bottom: 12pt; }
.cover .period { font-size: 13pt; }
.cover dl { display: grid; grid-template-columns: auto 1fr; gap: 4pt 16pt; margin: 0; font-size: 10.5pt; }
.cover dt { color: #475569; }
.cover dd { margin: 0; font-weight: bold; }
.summary { background: #eff6ff; border-radius: 6pt; padding: 10pt 14pt; }
.summary ul { margin: 0; padding-left: 14pt; }
.summary li { margin: 2pt 0; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; }
th, td { padding: 4pt 6pt; text-align: left; vertical-align: top; }
thead th { border-bottom: 1.5px solid #94a3b8; color: #334155; font-weight: bold; }
tbody td, tbody th { border-bottom: 1px solid #e2e8f0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.group th { background: #f1f5f9; color: #1e3a8a; font-weight: bold; border-bottom: 1px solid #cbd5e1; }
tbody th { font-weight: normal; }
.up { color: #047857; } .down { color: #b91c1c; } .flat { color: #475569; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8pt; margin-bottom: 8pt; }
.figure { border: 1px solid #e2e8f0; border-radius: 6pt; padding: 6pt 8pt; }
.figure .label { font-size: 8.5pt; color: #475569; }
.figure .value { font-size: 14pt; font-weight: bold; }
.figure .before { font-size: 8.5pt; color: #475569; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12pt; margin-bottom: 8pt; }
.chart { width: 100%; height: auto; }
.pills { display: flex; flex-wrap: wrap; gap: 4pt; padding: 0; margin: 0; list-style: none; }
.pills li { background: #dbeafe; color: #1e3a8a; border-radius: 999px; padding: 2pt 8pt; font-size: 9.5pt; }
.notes { white-space: pre-wrap; border-left: 3pt solid #93c5fd; padding: 4pt 10pt; background: #f8fafc; }
@media screen {
  body { background: #e2e8f0; }
  main { max-width: 210mm; margin: 16px auto; background: white; padding: 18mm 16mm; box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); }
  .cover { height: auto; min-height: 240mm; margin-bottom: 18mm; }
}
/* A phone (a shared link opened on the go): the sheet fills the screen, so wide tables stay on white. */
@media screen and (max-width: 820px) {
  body { background: white; }
  main { margin: 0; padding: 16px; box-shadow: none; }
  .cover { min-height: auto; padding: 4mm 0 4mm 6mm; gap: 16pt; }
  .figures { grid-template-columns: 1fr 1fr; }
  .charts { grid-template-columns: 1fr; }
}
`;

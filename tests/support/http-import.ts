import { readNdjson } from "@/lib/http/ndjson";

// Imports a CSV into a running app over real HTTP, the way the Imports page does: upload, then run.
export interface HttpImportResult {
  inserted: number;
  updated: number;
  rejected: number;
  [key: string]: unknown;
}

export async function importCsvOverHttp(
  url: string,
  headers: Record<string, string>,
  file: { name: string; text: string; kind?: string },
): Promise<HttpImportResult> {
  const upload = await fetch(`${url}/api/imports/uploads`, {
    method: "POST",
    headers: { ...headers, Origin: url, "Content-Type": "text/csv", "X-File-Name": encodeURIComponent(file.name) },
    body: file.text,
  });
  if (!upload.ok) throw new Error(`upload failed: HTTP ${upload.status} ${await upload.text()}`);
  const { upload: stored } = (await upload.json()) as { upload: { id: string } };
  const run = await fetch(`${url}/api/imports`, {
    method: "POST",
    headers: { ...headers, Origin: url, "Content-Type": "application/json" },
    body: JSON.stringify({ uploadId: stored.id, fileName: file.name, overrides: file.kind ? { kind: file.kind, format: "generic" } : {}, strict: false }),
  });
  let last: { type: string; result?: HttpImportResult; error?: unknown } | undefined;
  for await (const event of readNdjson<typeof last>(run.body!)) last = event;
  if (last?.type !== "result" || !last.result) throw new Error(`import failed: ${JSON.stringify(last)}`);
  return last.result;
}

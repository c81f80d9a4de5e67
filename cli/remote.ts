import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { ImportFileResult } from "@/server/imports/import-file";
import type { ImportOptions } from "@/lib/imports";
import type { Env } from "@/lib/env";
import { AppError, ERROR_STATUS, type AppErrorCode } from "@/lib/errors";
import type { StreamErrorEvent } from "@/lib/http/api-error";
import { readNdjson } from "@/lib/http/ndjson";
import { KpiReport } from "@/lib/kpi/report-schema";
import { KpiSettings } from "@/lib/records/settings";
import type { SavedMappingLike } from "./import-flags";

// The CLI against a remote msp-kpi server (MSP_KPI_URL + MSP_KPI_TOKEN): the same API routes the
// web pages use, authenticated with an API token.
export interface Remote {
  url: string;
  token: string;
}

export function remoteTarget(env: Env): Remote | null {
  if (!env.MSP_KPI_URL && !env.MSP_KPI_TOKEN) return null;
  if (!env.MSP_KPI_URL || !env.MSP_KPI_TOKEN) throw new AppError("bad_request", "Set both MSP_KPI_URL and MSP_KPI_TOKEN to use a remote server.");
  return { url: env.MSP_KPI_URL.replace(/\/+$/, ""), token: env.MSP_KPI_TOKEN };
}

/** What the server refused becomes an AppError (exit 2); its own failures (5xx) stay unexpected (exit 3). */
function serverError(status: number, message: string | undefined): Error {
  const text = message ?? `The server answered HTTP ${status}.`;
  const code = (Object.keys(ERROR_STATUS) as AppErrorCode[]).find((c) => ERROR_STATUS[c] === status);
  return code ? new AppError(code, text) : new Error(text);
}

async function failure(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  return serverError(response.status, body?.error?.message);
}

async function call(remote: Remote, route: string, init: RequestInit & { duplex?: "half" } = {}): Promise<Response> {
  const response = await fetch(`${remote.url}${route}`, { ...init, headers: { ...init.headers, Authorization: `Bearer ${remote.token}` } });
  if (!response.ok) throw await failure(response);
  return response;
}

export async function remoteKpis(remote: Remote, period: { from: string; to: string }): Promise<{ report: KpiReport; settings: KpiSettings }> {
  const response = await call(remote, `/api/kpis?from=${period.from}&to=${period.to}`);
  const settings = KpiSettings.parse({
    currency: response.headers.get("x-msp-kpi-currency") ?? undefined,
    timeZone: response.headers.get("x-msp-kpi-time-zone") ?? undefined,
  });
  return { report: KpiReport.parse(await response.json()), settings };
}

/** The mappings saved on the server's Imports page. */
export async function remoteMappings(remote: Remote): Promise<SavedMappingLike[]> {
  const response = await call(remote, "/api/imports/mappings");
  return ((await response.json()) as { mappings: SavedMappingLike[] }).mappings;
}

type RemoteImportEvent =
  | { type: "progress"; bytesRead: number; totalBytes: number; rowsRead: number }
  | { type: "result"; result: ImportFileResult }
  | StreamErrorEvent;

/** Uploads the file (streamed) and runs the import, reporting the server's progress events. */
export async function remoteImport(
  remote: Remote,
  file: string,
  options: { overrides: Partial<ImportOptions>; strict: boolean },
  onProgress: (p: { bytesRead: number; totalBytes: number; rowsRead: number }) => void,
): Promise<ImportFileResult> {
  const fileName = path.basename(file);
  const upload = await call(remote, "/api/imports/uploads", {
    method: "POST",
    headers: { "Content-Type": "text/csv", "Content-Length": String(statSync(file).size), "X-File-Name": encodeURIComponent(fileName) },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: "half",
  });
  const { upload: stored } = (await upload.json()) as { upload: { id: string } };
  const run = await call(remote, "/api/imports", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ uploadId: stored.id, fileName, overrides: options.overrides, strict: options.strict }),
  });
  for await (const event of readNdjson<RemoteImportEvent>(run.body!)) {
    if (event.type === "progress") onProgress(event);
    else if (event.type === "result") return event.result;
    else throw serverError(event.status, event.error.message);
  }
  throw new AppError("unprocessable", "The server closed the import without a result.");
}

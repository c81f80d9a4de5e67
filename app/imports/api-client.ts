import { readNdjson } from "@/lib/http/ndjson";
import type { ImportPlan, ImportProgressEvent, ImportResultView, ImportStreamEvent, PlanOverrides, SavedMappingView, UploadedFile } from "./types";

// Browser side of /api/imports: an XHR upload (fetch cannot report upload progress), JSON calls,
// and the NDJSON progress stream of an import. Every failure becomes an ApiError with the server's code.

export class ApiError extends Error {
  constructor(
    /** the server's error code (bad_request, too_large, not_found, unprocessable, internal…), or network / aborted */
    readonly code: string,
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string };
}

function fromBody(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  return new ApiError(error?.code ?? (status === 413 ? "too_large" : "internal"), error?.message ?? `HTTP ${status}`, status);
}

async function fromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  return fromBody(response.status, body);
}

export interface UploadAnswer {
  upload: UploadedFile;
  plan: ImportPlan;
}

/** Sends the file as the raw request body; onProgress gets (bytes sent, total bytes). */
export function uploadFile(file: File, onProgress: (sent: number, total: number) => void): { done: Promise<UploadAnswer>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadAnswer>((resolve, reject) => {
    xhr.open("POST", "/api/imports/uploads");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", file.type || "text/csv");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300 && xhr.response) resolve(xhr.response as UploadAnswer);
      else reject(fromBody(xhr.status, xhr.response));
    };
    xhr.onerror = () => reject(new ApiError("network", "network error"));
    xhr.onabort = () => reject(new ApiError("aborted", "upload cancelled"));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

async function postJson<T>(url: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError("network", "network error");
  }
  if (!response.ok) throw await fromResponse(response);
  return (await response.json()) as T;
}

export async function fetchPlan(uploadId: string, overrides: PlanOverrides, signal?: AbortSignal): Promise<ImportPlan> {
  return (await postJson<{ plan: ImportPlan }>("/api/imports/plan", { uploadId, overrides }, signal)).plan;
}

export async function saveMapping(mapping: Omit<SavedMappingView, "id">): Promise<SavedMappingView> {
  return (await postJson<{ mapping: SavedMappingView }>("/api/imports/mappings", mapping)).mapping;
}

/** Runs the import and follows its NDJSON stream: progress lines, then one result or error line. */
export async function runImport(
  request: { uploadId: string; fileName: string; overrides: PlanOverrides; strict: boolean },
  onProgress: (progress: ImportProgressEvent) => void,
): Promise<ImportResultView> {
  let response: Response;
  try {
    response = await fetch("/api/imports", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
  } catch {
    throw new ApiError("network", "network error");
  }
  if (!response.ok || !response.body) throw await fromResponse(response);
  try {
    for await (const event of readNdjson<ImportStreamEvent>(response.body)) {
      if (event.type === "progress") onProgress(event);
      else if (event.type === "error") throw fromBody(event.status, { error: event.error });
      else return event.result;
    }
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError("network", "the connection closed during the import");
  }
  throw new ApiError("network", "the connection closed before the import finished");
}

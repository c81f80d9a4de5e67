import { ZodError } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors";

/** The one mapping from thrown errors to JSON responses; unknown errors are logged, never shown. */
export function errorResponse(e: unknown): Response {
  if (e instanceof AppError) {
    return Response.json({ error: { code: e.code, message: e.message, details: e.details ?? null } }, { status: ERROR_STATUS[e.code] });
  }
  if (e instanceof ZodError) {
    const message = e.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    return Response.json({ error: { code: "bad_request", message, details: null } }, { status: 400 });
  }
  console.error(e);
  return Response.json({ error: { code: "internal", message: "Something went wrong on our side.", details: null } }, { status: 500 });
}

export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    return errorResponse(e);
  }
}

/** The last line of an NDJSON progress stream that failed: what errorResponse would have answered. */
export interface StreamErrorEvent {
  type: "error";
  status: number;
  error: { code: string; message: string };
}

/** An error thrown while streaming, told as the stream's last line. */
export async function errorEvent(e: unknown): Promise<StreamErrorEvent> {
  const response = errorResponse(e);
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  return { type: "error", status: response.status, error };
}

import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** A request's JSON body, parsed by its schema. A body that is not JSON is the caller's mistake: 400. */
export async function parseJsonBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.output<T>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  return schema.parse(body);
}

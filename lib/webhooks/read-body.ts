import { AppError } from "@/lib/errors";

/**
 * The request body as text, refusing more than `limit` bytes: first by the declared
 * Content-Length, then by counting while reading (a sender may omit or understate it).
 */
export async function readLimitedText(req: Request, limit: number): Promise<string> {
  const tooLarge = () => new AppError("too_large", `The body is larger than ${limit} bytes.`);
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("bad_request", "The body is not valid UTF-8 text.");
  }
}

import { AppError } from "@/lib/errors";

/**
 * A request body as text, refusing more than `limit` bytes: first by the declared Content-Length,
 * then by counting while reading (a sender may omit or understate it). Reading stops at the first
 * byte over the limit; the caller decides what happens to the rest of the stream.
 */
export async function readLimitedBody(
  declaredLength: string | null,
  chunks: AsyncIterable<Uint8Array> | null,
  limit: number,
): Promise<string> {
  const tooLarge = () => new AppError("too_large", `The body is larger than ${limit} bytes.`);
  const declared = Number(declaredLength ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!chunks) return "";
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge();
    parts.push(chunk);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(parts.length === 1 ? parts[0] : Buffer.concat(parts));
  } catch {
    throw new AppError("bad_request", "The body is not valid UTF-8 text.");
  }
}

/** A fetch body's chunks; leaving the loop early cancels the rest of the stream. */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

// NDJSON progress streams: one JSON value per line, so a long job (an import, a bulk QBR export)
// can report progress and then its outcome over one response. Written by route handlers, read by
// the browser pages and the remote CLI.

const NDJSON_HEADERS = { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" };

/**
 * A response that streams each event `produce` sends as one JSON line. If `produce` throws,
 * `lastEvent` turns the error into the stream's final line: the status is already sent by then.
 */
export function ndjsonResponse<Event>(
  produce: (send: (event: Event) => void) => Promise<void>,
  lastEvent: (error: unknown) => Event | Promise<Event>,
): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: Event) => controller.enqueue(encoder.encode(JSON.stringify(event) + "\n"));
      try {
        await produce(send);
      } catch (e) {
        send(await lastEvent(e));
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: NDJSON_HEADERS });
}

/** A line of the stream that is not JSON: the server and the reader disagree on the format. */
export class NdjsonLineError extends Error {
  constructor(readonly lineNumber: number, line: string) {
    super(`line ${lineNumber} of the progress stream is not JSON: ${line.length > 80 ? `${line.slice(0, 80)}…` : line}`);
    this.name = "NdjsonLineError";
  }
}

function parseLine(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new NdjsonLineError(lineNumber, line);
  }
}

/**
 * Each JSON value of an NDJSON body as its bytes arrive. A chunk may end anywhere, even inside a
 * UTF-8 character; blank lines are skipped, and the last line needs no newline. The values are
 * typed as the writer promises: `Event` is the union the route sends. Leaving the loop early
 * cancels the body.
 */
export async function* readNdjson<Event>(body: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<Event, void, undefined> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  let lineNumber = 0;
  const values = function* (lines: string[]) {
    for (const line of lines) {
      lineNumber++;
      if (line.trim() !== "") yield parseLine(line, lineNumber) as Event;
    }
  };
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const lines = (buffered + read.value).split("\n");
      buffered = lines.pop() ?? "";
      yield* values(lines);
    }
    yield* values([buffered]);
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

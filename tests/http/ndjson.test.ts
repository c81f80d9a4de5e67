import { describe, expect, it } from "vitest";
import { ndjsonResponse, NdjsonLineError, readNdjson } from "@/lib/http/ndjson";

/** A body that arrives in exactly these byte chunks. */
function bodyOf(...chunks: Uint8Array<ArrayBuffer>[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

const bytes = (text: string) => new TextEncoder().encode(text);

async function readAll(body: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const value of readNdjson(body)) values.push(value);
  return values;
}

describe("readNdjson", () => {
  it("joins a line split across chunks", async () => {
    expect(await readAll(bodyOf(bytes('{"type":"prog'), bytes('ress","done":1}\n{"type":"done"}\n')))).toEqual([
      { type: "progress", done: 1 },
      { type: "done" },
    ]);
  });

  it("joins a multi-byte UTF-8 character split between two chunks", async () => {
    const line = bytes('{"client":"Müller GmbH – Köln"}\n');
    const ü = line.indexOf(0xc3);
    expect(line[ü + 1]).toBe(0xbc);
    expect(await readAll(bodyOf(line.slice(0, ü + 1), line.slice(ü + 1)))).toEqual([{ client: "Müller GmbH – Köln" }]);
  });

  it("reads a body delivered one byte at a time", async () => {
    const text = '{"a":"€"}\n{"b":[1,2]}\n';
    const all = bytes(text);
    expect(await readAll(bodyOf(...Array.from(all, (_, i) => all.slice(i, i + 1))))).toEqual([{ a: "€" }, { b: [1, 2] }]);
  });

  it("skips empty and blank lines, and accepts CRLF line ends", async () => {
    expect(await readAll(bodyOf(bytes('\n{"n":1}\r\n\r\n  \n{"n":2}\n\n')))).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("reads a last line that has no newline", async () => {
    expect(await readAll(bodyOf(bytes('{"n":1}\n{"n":'), bytes("2}")))).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("yields nothing for an empty body", async () => {
    expect(await readAll(bodyOf())).toEqual([]);
  });

  it("names the line that is not JSON, after yielding the lines before it", async () => {
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const value of readNdjson(bodyOf(bytes('{"n":1}\n\n{"n":2}'), bytes("\n<html>oops</html>\n{\"n\":3}\n")))) seen.push(value);
    })();
    await expect(reading).rejects.toThrow(NdjsonLineError);
    await expect(reading).rejects.toThrow('line 4 of the progress stream is not JSON: <html>oops</html>');
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("reports a truncated last line as broken", async () => {
    await expect(readAll(bodyOf(bytes('{"n":1}\n{"type":"resu')))).rejects.toThrow('line 2 of the progress stream is not JSON: {"type":"resu');
  });

  it("cancels the body when the reader stops early", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        controller.enqueue(bytes('{"n":1}\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const value of readNdjson(body)) {
      expect(value).toEqual({ n: 1 });
      break;
    }
    expect(cancelled).toBe(true);
  });
});

describe("ndjsonResponse", () => {
  it("streams each event as one JSON line, as NDJSON that is not cached", async () => {
    const response = ndjsonResponse<{ n: number; text?: string }>(async (send) => {
      send({ n: 1 });
      await new Promise((resolve) => setTimeout(resolve, 5));
      send({ n: 2, text: "line\nbreak ü" });
    }, () => ({ n: -1 }));
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.clone().text();
    expect(text).toBe('{"n":1}\n{"n":2,"text":"line\\nbreak ü"}\n');
    expect(await readAll(response.body!)).toEqual([{ n: 1 }, { n: 2, text: "line\nbreak ü" }]);
  });

  it("ends with the event made of the error when the producer throws", async () => {
    const response = ndjsonResponse<{ type: string; message?: string }>(
      async (send) => {
        send({ type: "start" });
        throw new Error("disk full");
      },
      async (e) => ({ type: "error", message: (e as Error).message }),
    );
    expect(await readAll(response.body!)).toEqual([{ type: "start" }, { type: "error", message: "disk full" }]);
  });
});

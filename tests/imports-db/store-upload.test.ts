import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { storeUpload } from "@/server/imports/uploads";

// What reaches UPLOAD_DIR: the whole file or nothing.
const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-store-upload-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = (text: string) => Readable.from([Buffer.from(text)]);
const filesOf = (orgId: number) => readdirSync(path.join(dir, String(orgId)));

describe("storeUpload", () => {
  it("keeps a body that is as long as its sender declared", async () => {
    const text = "client_id,name\nC1,Acme\n";
    const stored = await storeUpload(dir, 1, body(text), { expectedBytes: Buffer.byteLength(text) });
    expect(stored.bytes).toBe(Buffer.byteLength(text));
    expect(readFileSync(stored.path, "utf8")).toBe(text);
    expect(filesOf(1)).toEqual([path.basename(stored.path)]);
  });

  it("refuses a body shorter than its Content-Length in words, and stores nothing", async () => {
    const cut = "client_id,name\nC1,Ac";
    await expect(storeUpload(dir, 2, body(cut), { expectedBytes: 1_000 })).rejects.toMatchObject({
      code: "bad_request",
      message: `The upload arrived with ${cut.length} of the 1000 bytes announced (Content-Length). Nothing was stored; send the file again.`,
    });
    expect(filesOf(2)).toEqual([]);
  });

  it("refuses an empty file and leaves no 0-byte file behind", async () => {
    await expect(storeUpload(dir, 3, body(""))).rejects.toMatchObject({ code: "bad_request", message: "The file is empty." });
    expect(filesOf(3)).toEqual([]);
  });

  it("refuses a body over the limit and stores nothing", async () => {
    await expect(storeUpload(dir, 4, body("x".repeat(11)), { maxBytes: 10 })).rejects.toMatchObject({ code: "too_large" });
    expect(filesOf(4)).toEqual([]);
  });
});

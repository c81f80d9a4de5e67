import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The remote CLI's exit codes as the README gives them: what the server refuses (4xx) is 2, the
// server failing (5xx) or being unreachable is 3. A plain HTTP server plays the far side.
const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-remote-cli-"));
const file = path.join(dir, "clients.csv");
writeFileSync(file, "client_id,name\nC1,Acme\n");

let answer = { status: 500, message: "Something went wrong on our side." };
const server = http.createServer((req, res) => {
  req.resume().on("end", () => {
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "x", message: answer.message, details: null } }));
  });
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

async function importRemotely(target: string): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(process.execPath, [path.join(ROOT, "bin/msp-kpi.mjs"), "import", file], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: "", MSP_KPI_URL: target, MSP_KPI_TOKEN: "mkpi_test" },
    });
    return { code: 0, stderr: "" };
  } catch (e) {
    const failed = e as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe("msp-kpi import against a remote server: exit codes", () => {
  it("2 when the server refuses the file, with its message", async () => {
    answer = { status: 400, message: "The upload arrived with 10 of the 20 bytes announced (Content-Length)." };
    expect(await importRemotely(url)).toEqual({ code: 2, stderr: `Error: ${answer.message}\n` });
  });

  it("3 when the server fails, or cannot be reached", async () => {
    answer = { status: 500, message: "Something went wrong on our side." };
    expect(await importRemotely(url)).toEqual({ code: 3, stderr: `Error: ${answer.message}\n` });
    expect((await importRemotely("http://127.0.0.1:9")).code).toBe(3);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cliTestTimeout, runCli, spawnCli } from "../support/cli";

// The remote CLI's exit codes as the README gives them: what the server refuses (4xx) is 2, the
// server failing (5xx) or being unreachable is 3. A plain HTTP server plays the far side. The
// command runs in-process (the server answers from this process too); the unreachable case runs
// bin/msp-kpi.mjs, so exit 3 is proven for the binary.
const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-remote-cli-"));
const file = path.join(dir, "clients.csv");
writeFileSync(file, "client_id,name\nC1,Acme\n");

let answer = { status: 500, message: "Something went wrong on our side." };
/** When set, the upload succeeds and POST /api/imports streams these chunks of NDJSON, one write each. */
let stream: (string | Uint8Array)[] | null = null;
const server = http.createServer((req, res) => {
  // A connection per request, as each CLI process opens its own: a kept-alive socket the server
  // closes while idle could be reused by the next in-process run.
  res.setHeader("connection", "close");
  req.resume().on("end", async () => {
    if (stream && req.url === "/api/imports/uploads") {
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ upload: { id: "u1" } }));
    } else if (stream && req.url === "/api/imports") {
      res.writeHead(200, { "content-type": "application/x-ndjson; charset=utf-8" });
      for (const chunk of stream) {
        res.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      res.end();
    } else {
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "x", message: answer.message, details: null } }));
    }
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

const remoteEnv = (target: string) => ({ MSP_KPI_URL: target, MSP_KPI_TOKEN: "mkpi_test" });

const importRemotely = (target: string, ...flags: string[]) => runCli(["import", file, ...flags], remoteEnv(target));

const RESULT = {
  runId: 7, status: "completed", kind: "clients", format: "generic", durationMs: 40, rowsRead: 1, inserted: 1, updated: 0, unchanged: 0,
  rejected: 0, errors: [], clientsCreated: 0, techniciansCreated: 0, notices: { unusedColumns: [], droppedColumns: [], cannotFeed: [] },
};

describe("msp-kpi import against a remote server: exit codes", () => {
  afterEach(() => {
    stream = null;
  });

  it("2 when the server refuses the file, with its message", async () => {
    answer = { status: 400, message: "The upload arrived with 10 of the 20 bytes announced (Content-Length)." };
    expect(await importRemotely(url)).toMatchObject({ code: 2, stderr: `Error: ${answer.message}\n` });
  });

  it("3 when the server fails, or cannot be reached", async () => {
    answer = { status: 500, message: "Something went wrong on our side." };
    expect(await importRemotely(url)).toMatchObject({ code: 3, stderr: `Error: ${answer.message}\n` });
    expect(spawnCli(["import", file], remoteEnv("http://127.0.0.1:9")).code).toBe(3);
  }, cliTestTimeout(1));

  it("0 with the result when the progress stream splits lines, even a UTF-8 character, and ends without a newline", async () => {
    const result = JSON.stringify({ type: "result", result: RESULT });
    const progress = Buffer.from('{"type":"progress","bytesRead":9,"totalBytes":24,"rowsRead":1,"note":"Müller"}\n');
    const ü = progress.indexOf(0xc3);
    stream = [progress.subarray(0, ü + 1), progress.subarray(ü + 1), result.slice(0, 30), result.slice(30)];
    const run = await importRemotely(url, "--json");
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: "clients", inserted: 1, status: "completed", run_id: 7 });
  });

  it("2 with the server's message when the stream ends in a refusal, 3 when a line is not JSON", async () => {
    stream = ['{"type":"progress","bytesRead":1,"totalBytes":24,"rowsRead":0}\n', '{"type":"error","status":422,"error":{"code":"unprocessable","message":"No column looks like a client name."}}\n'];
    expect(await importRemotely(url)).toMatchObject({ code: 2, stderr: "Error: No column looks like a client name.\n" });
    stream = ["<html>proxy timeout</html>\n"];
    expect(await importRemotely(url)).toMatchObject({ code: 3, stderr: "Error: line 1 of the progress stream is not JSON: <html>proxy timeout</html>\n" });
  });
});

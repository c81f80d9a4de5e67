import { createReadStream, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createApiToken } from "@/db/auth/api-tokens";
import { createMember } from "@/db/auth/users";
import { MAX_UPLOAD_BYTES } from "@/server/imports/uploads";
import { getDefaultOrgId } from "@/db/queries/org-settings";
import { copyDemoData, test, useOwnServer } from "../support/e2e";
import type { App } from "../support/app-server";
import { runCli } from "../support/cli";
import { fillRoute, routeHandlers } from "../support/routes";

// The import ingest path against the production server, as an attacker or an unlucky operator
// would use it: files past Next's default 10 MB body buffer and up to the 200 MB limit, broken
// JSON, bad headers and dates, an empty file. Files are generated here, never committed.

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-ingest-"));
const UPLOAD_DIR = path.join(dir, "uploads");
const PGLITE_DIR = path.join(dir, "pglite");

/**
 * A generic time-entries export of `rows` rows, over 10 MB from about 45,000 rows: each entry carries
 * a long note, as PSA exports do, which the import leaves out (notes are not a KPI input). Bytes, not
 * rows, are what cross Next's 10 MB body buffer; fewer rows keep the two imports short.
 */
function timeExport(rows: number): string {
  const note = "Replaced the failing switch in the server room, re-patched the rack and checked every VLAN. ".repeat(2);
  const lines = ["entry_id,technician,client,work_date,hours,billable,notes"];
  for (let i = 1; i <= rows; i++) lines.push(`BIG-${String(i).padStart(7, "0")},Anna Berg,Nordlicht Logistik GmbH,2026-02-${String((i % 28) + 1).padStart(2, "0")},0.25,true,${note}`);
  return `${lines.join("\n")}\n`;
}

/** A clients export of exactly `bytes` bytes, written in 1 MB blocks. */
function clientsExportOfSize(file: string, bytes: number): void {
  const fd = openSync(file, "w");
  try {
    let written = writeSync(fd, "client_id,name\n");
    let i = 0;
    while (bytes - written > 1 << 20) {
      let block = "";
      while (block.length < (1 << 20) - 32) block += `C${String(++i).padStart(8, "0")},Client ${String(i).padStart(8, "0")}\n`;
      written += writeSync(fd, block);
    }
    const rest = bytes - written;
    writeSync(fd, `Z,${"z".repeat(rest - 3)}\n`);
  } finally {
    closeSync(fd);
  }
  expect(statSync(file).size).toBe(bytes);
}

/** Every stored upload of every org, as "<org>/<name>". */
function storedUploads(): string[] {
  return readdirSync(UPLOAD_DIR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".csv") || f.includes(".upload-")).sort();
}

describe("import ingest, hostile and large inputs", () => {
  let server: App;
  let token: string;
  let asOwner: Record<string, string>;

  // Own server: a manager and an API token seeded into the demo data before the server holds the
  // database, and files of up to 200 MB imported into the demo org.
  beforeAll(async () => {
    copyDemoData(dir);
    const db = await openDatabase({ kind: "pglite", dataDir: PGLITE_DIR });
    try {
      const orgId = await getDefaultOrgId(db);
      const managerId = await createMember(db, orgId, { name: "Ingest Manager", email: "ingest@demo.example", password: "ingest-manager-pass", role: "manager" });
      token = (await createApiToken(db, orgId, { name: "ingest", role: "manager", createdBy: managerId })).token;
    } finally {
      await db.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  useOwnServer({ demoData: false, env: { PGLITE_DIR, UPLOAD_DIR } });
  test.beforeAll(async ({ app }) => {
    server = app;
    asOwner = { Cookie: await server.ownerCookie(), Origin: server.url };
  });

  const cliEnv = () => ({ MSP_KPI_URL: server.url, MSP_KPI_TOKEN: token });

  /** Streams a file from disk to the upload route with its Content-Length, as the CLI does, on a connection of its own. */
  const uploadFromDisk = (file: string) =>
    new Promise<{ status: number; body: { upload?: { id: string; bytes: number }; error?: { message: string } } }>((resolve, reject) => {
      const request = http.request(`${server.url}/api/imports/uploads`, {
        method: "POST",
        agent: false,
        headers: { ...asOwner, "Content-Type": "text/csv", "Content-Length": statSync(file).size, "X-File-Name": path.basename(file) },
      }, (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      });
      request.on("error", reject);
      createReadStream(file).pipe(request);
    });

  test("imports every row of a file over 10 MB uploaded on the Imports page, and by the remote CLI", { timeout: 400_000 }, async ({ newPage }) => {
    const rows = 48_000;
    const text = timeExport(rows);
    const size = Buffer.byteLength(text);
    expect(size).toBeGreaterThan(10.5 * 1024 * 1024);

    const { page, context, errors } = await newPage();
    await page.goto(`${server.url}/imports`);
    await page.locator('input[type="file"]').setInputFiles({ name: "over-10mb.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByRole("heading", { name: "Check how the file will be read" }).waitFor({ timeout: 120_000 });
    await page.getByRole("button", { name: "Import 48,000 rows" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 240_000 });
    const figure = (label: string) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd").innerText();
    expect(await figure("Rows read")).toBe("48,000");
    expect(await figure("Inserted")).toBe("48,000");
    expect(await figure("Rejected")).toBe("0");
    expect(errors).toEqual([]);
    await context.close();

    const history = async () => ((await (await fetch(`${server.url}/api/imports`, { headers: asOwner })).json()) as { runs: { file_name: string; file_bytes: number; rows_total: number; started_by: string }[] }).runs;
    expect((await history()).find((r) => r.file_name === "over-10mb.csv")).toMatchObject({ file_bytes: size, rows_total: rows });

    // The same file through the remote CLI: read whole, so every row is there again (unchanged).
    const file = path.join(dir, "over-10mb.csv");
    writeFileSync(file, text);
    const cli = await runCli(["import", file, "--json"], cliEnv());
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ status: "completed", inserted: 0, updated: 0, rejected: 0 });
    expect((await history())[0]).toMatchObject({ file_name: "over-10mb.csv", started_by: expect.stringMatching(/^token:/), file_bytes: size, rows_total: rows });
  });

  it("refuses an empty upload and leaves no file behind", async () => {
    const before = storedUploads();
    const response = await fetch(`${server.url}/api/imports/uploads`, { method: "POST", headers: { ...asOwner, "Content-Type": "text/csv", "X-File-Name": "empty.csv" }, body: "" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe("The file is empty.");
    expect(storedUploads()).toEqual(before);
  });

  it("answers 400 to a bad X-File-Name and to an impossible date", async () => {
    const badName = await fetch(`${server.url}/api/imports/uploads`, {
      method: "POST", headers: { ...asOwner, "Content-Type": "text/csv", "X-File-Name": "%E0%A4%A.csv" }, body: "client_id,name\nC1,Acme\n",
    });
    expect(badName.status).toBe(400);
    expect(await badName.json()).toEqual({ error: { code: "bad_request", message: expect.stringContaining("x-file-name: not a URI-encoded file name"), details: null } });
    const page = await fetch(`${server.url}/?from=2026-02-30&to=2026-03-31`, { headers: asOwner });
    expect(page.status).toBe(200); // pages fall back to the default period
    for (const route of ["/api/kpis", "/api/qbr/1/csv"]) {
      const response = await fetch(`${server.url}${route}?from=2026-02-30&to=2026-03-31`, { headers: asOwner });
      expect(response.status, route).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message, route).toContain("from: not a calendar date");
    }
  });

  it("rejects a row with a 1 MB name as a row error naming the column, over HTTP", async () => {
    const csv = `client_id,name\nOK1,Fine Client\nBIG1,${"N".repeat(1024 * 1024)}\n`;
    const upload = await fetch(`${server.url}/api/imports/uploads`, { method: "POST", headers: { ...asOwner, "Content-Type": "text/csv", "X-File-Name": "huge-name.csv" }, body: csv });
    expect(upload.status).toBe(200);
    const { upload: stored } = (await upload.json()) as { upload: { id: string } };
    const run = await fetch(`${server.url}/api/imports`, {
      method: "POST", headers: { ...asOwner, "Content-Type": "application/json" },
      body: JSON.stringify({ uploadId: stored.id, fileName: "huge-name.csv", overrides: { kind: "clients", format: "generic" }, strict: false }),
    });
    const last = JSON.parse((await run.text()).trim().split("\n").at(-1)!) as { type: string; result: { inserted: number; rejected: number; errors: { line: number; column: string; reason: string }[] } };
    expect(last.type).toBe("result");
    expect(last.result).toMatchObject({ inserted: 1, rejected: 1, errors: [{ line: 3, column: "name", reason: expect.stringContaining("name is longer than 500 characters") }] });
  });

  it("never shows where uploads are stored on the server", async () => {
    const text = await (await fetch(`${server.url}/api/imports`, { headers: asOwner })).text();
    expect(text).toContain("over-10mb.csv");
    expect(text).not.toContain(UPLOAD_DIR);
    expect(text).not.toContain("file_path");
  });

  /** Routes whose body is JSON: broken JSON must get 400. Route params are filled with "1". */
  const JSON_ROUTES = [
    "POST /api/alerts/rules",
    "POST /api/imports",
    "POST /api/imports/mappings",
    "POST /api/imports/plan",
    "POST /api/qbr/bulk",
    "POST /api/webhooks-admin/endpoints",
    "POST /api/webhooks-admin/events/[id]",
    "POST /api/webhooks/[source]/[endpointId]",
    "POST /api/auth/[...all]",
  ];
  /** Routes that take changes without a JSON body, and why. */
  const NOT_JSON: Record<string, string> = {
    "POST /api/imports/uploads": "the body is the raw export file",
    "POST /api/webhooks-admin/endpoints/[id]/rotate": "no body",
    "POST /api/alerts/[id]/acknowledge": "no body",
    "DELETE /api/alerts/rules/[id]": "no body",
    "POST /api/digest/unsubscribe": "a form: mail clients' one-click body (RFC 8058) or the confirmation page's button; the signed token is in the URL",
  };

  it("lists every route handler that takes a body as JSON or not", () => {
    const changing = routeHandlers().flatMap(({ route, methods }) => methods.filter((m) => m !== "GET").map((m) => `${m} ${route}`));
    expect(changing.filter((r) => !JSON_ROUTES.includes(r) && !(r in NOT_JSON))).toEqual([]);
    expect([...JSON_ROUTES, ...Object.keys(NOT_JSON)].filter((r) => !changing.includes(r))).toEqual([]);
  });

  it("answers 400 to broken JSON on every JSON route", async () => {
    // A real bearer endpoint, so the webhook route gets as far as reading the body.
    const created = await fetch(`${server.url}/api/webhooks-admin/endpoints`, {
      method: "POST", headers: { ...asOwner, "Content-Type": "application/json" }, body: JSON.stringify({ name: "ingest probe", source: "ninjaone", authMode: "bearer" }),
    });
    expect(created.status).toBe(201);
    const endpoint = (await created.json()) as { id: string; secret: string };
    const concrete: Record<string, { path: string; headers?: Record<string, string> }> = {
      "POST /api/webhooks/[source]/[endpointId]": { path: `/api/webhooks/ninjaone/${endpoint.id}`, headers: { Authorization: `Bearer ${endpoint.secret}` } },
      "POST /api/auth/[...all]": { path: "/api/auth/sign-in/email" },
    };
    const answers: Record<string, number> = {};
    for (const entry of JSON_ROUTES) {
      const [method, route] = entry.split(" ") as [string, string];
      const target = concrete[entry] ?? { path: fillRoute(route) };
      const response = await fetch(`${server.url}${target.path}`, {
        method, headers: { ...asOwner, ...target.headers, "Content-Type": "application/json" }, body: '{"broken": ',
      });
      answers[entry] = response.status;
      await response.arrayBuffer();
    }
    expect(answers).toEqual(Object.fromEntries(JSON_ROUTES.map((r) => [r, 400])));
  });
  it("stores an upload of exactly the 200 MB limit whole; one byte more is refused, by HTTP and the remote CLI, storing nothing", { timeout: 400_000 }, async () => {
    const file = path.join(dir, "at-limit.csv");
    clientsExportOfSize(file, MAX_UPLOAD_BYTES);
    const before = storedUploads();
    const atLimit = await uploadFromDisk(file);
    expect(atLimit.status).toBe(200);
    const upload = atLimit.body.upload!;
    expect(upload.bytes).toBe(MAX_UPLOAD_BYTES);
    const stored = storedUploads().filter((f) => !before.includes(f));
    expect(stored).toEqual([expect.stringMatching(new RegExp(`/${upload.id}\\.csv$`))]);
    expect(statSync(path.join(UPLOAD_DIR, stored[0]!)).size).toBe(MAX_UPLOAD_BYTES);

    writeFileSync(file, "\n", { flag: "a" });
    const over = await uploadFromDisk(file);
    expect(over.status).toBe(413);
    expect(over.body.error?.message).toBe("The file is larger than the 200 MB upload limit.");
    const cli = await runCli(["import", file], cliEnv());
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain("200 MB upload limit");
    expect(storedUploads()).toEqual([...before, ...stored].sort());
  });
});

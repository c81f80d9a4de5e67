import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliTestTimeout, runCli } from "../support/cli";
import { copyMigratedPglite } from "../support/db";

const dir = mkdtempSync(path.join(tmpdir(), "msp-kpi-cli-webhooks-"));
const env = { PGLITE_DIR: path.join(dir, "pglite"), UPLOAD_DIR: path.join(dir, "uploads"), MSP_KPI_PUBLIC_URL: "https://kpi.example.com/" };
copyMigratedPglite(env.PGLITE_DIR);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("msp-kpi webhooks (CLI)", () => {
  it("create --json prints the id, URL and secret; bearer is the default for an RMM tool", async () => {
    const run = await runCli(["webhooks", "create", "--source", "ninjaone", "--name", "Ninja EU", "--json"], env);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { id: string; url: string; secret: string };
    expect(out).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
      source: "ninjaone",
      url: `https://kpi.example.com/api/webhooks/ninjaone/${out.id}`,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
      auth: "bearer",
    });
    const list = await runCli(["webhooks", "list", "--json"], env);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ publicId: out.id, receivedCount: 0, url: out.url })]);
    expect(list.stdout).not.toContain(out.secret);
  }, cliTestTimeout(2));

  it("events --json lists the inbox, filtered by status", async () => {
    const run = await runCli(["webhooks", "events", "--status", "failed", "--json"], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  }, cliTestTimeout(1));

  it("refuses bad usage with exit 2", async () => {
    expect(await runCli(["webhooks", "create", "--source", "generic", "--name", "x", "--auth", "bearer"], env)).toMatchObject({
      code: 2, stderr: expect.stringContaining("HMAC"),
    });
    expect((await runCli(["webhooks", "events", "--status", "lost"], env)).code).toBe(2);
    expect((await runCli(["webhooks", "create", "--source", "kaseya", "--name", "x"], env)).code).toBe(2);
  }, cliTestTimeout(3));
});

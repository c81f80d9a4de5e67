import { expect, it } from "vitest";
import type { SqlRunner } from "@/db/client";
import { refreshKpiRollups } from "@/db/queries/kpi";
import { createTestOrg, describeEachDatabase } from "../support/db";

// A rollup refresh runs without JIT: on the bench MSP, compiling the device refresh took longer
// than running it. The setting holds for the refresh's transaction only.

describeEachDatabase("the rollup refresh's session settings", (db) => {
  it("turns JIT off inside the refresh's transaction, and only there", async () => {
    const orgId = await createTestOrg(db());
    const jit = async (runner: SqlRunner) => (await runner.query<{ jit: string }>("select current_setting('jit') as jit"))[0]!.jit;
    const before = await jit(db());
    const inside = await db().transaction(async (tx) => {
      await refreshKpiRollups(tx, orgId, "all");
      return jit(tx);
    });
    expect(inside).toBe("off");
    expect(before).toBe("on");
    expect(await jit(db())).toBe("on");
  });
});

import { expect, it } from "vitest";
import { listImportRowErrors, listImportRuns } from "@/db/imports/runs";
import { createTestOrg, describeEachDatabase } from "../support/db";
import { importText } from "../support/import-text";

const TIME_HEADER = "entry_id,technician,client,work_date,hours,billable,ticket_id,rate,amount";

describeEachDatabase("import pipeline", (db) => {
  it("lands good rows, creates referenced clients and technicians, and records the run", async () => {
    const orgId = await createTestOrg(db());
    const csv = [
      TIME_HEADER,
      "T1,Anna Berg,Nordlicht GmbH,2026-03-02,1.5,true,,100,",
      "T2,Ben Ito,nordlicht gmbh ,2026-03-03,2,false,,,",
      "T3,anna berg,Harbor Dental,2026-03-03,0.25,true,,,40",
    ].join("\n");
    const result = await importText(db(), orgId, csv, { kind: "time", format: "generic" });
    expect(result).toMatchObject({ status: "completed", rowsRead: 3, inserted: 3, updated: 0, rejected: 0, clientsCreated: 2, techniciansCreated: 2 });
    const rows = await db().query<{ external_id: string; client: string; technician: string; hours: string; billable: boolean }>(
      `select e.external_id, c.name as client, t.name as technician, e.hours, e.billable from time_entries e
       join clients c on c.org_id = e.org_id and c.id = e.client_id join technicians t on t.org_id = e.org_id and t.id = e.technician_id
       where e.org_id = $1 order by e.external_id`,
      [orgId],
    );
    expect(rows).toEqual([
      { external_id: "T1", client: "Nordlicht GmbH", technician: "Anna Berg", hours: "1.5", billable: true },
      { external_id: "T2", client: "Nordlicht GmbH", technician: "Ben Ito", hours: "2", billable: false },
      { external_id: "T3", client: "Harbor Dental", technician: "Anna Berg", hours: "0.25", billable: true },
    ]);
    const [run] = await listImportRuns(db(), orgId);
    expect(run).toMatchObject({ kind: "time", format: "generic", status: "completed", rows_total: 3, inserted: 3, rejected: 0 });
  });

  it("re-importing the same export changes nothing; an overlapping later export updates and adds", async () => {
    const orgId = await createTestOrg(db());
    const first = [TIME_HEADER, "A,Cem,Acme,2026-01-05,1,true,,,", "B,Cem,Acme,2026-01-06,2,true,,,"].join("\n");
    await importText(db(), orgId, first, { kind: "time", format: "generic" });
    const again = await importText(db(), orgId, first, { kind: "time", format: "generic" });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const later = [TIME_HEADER, "B,Cem,Acme,2026-01-06,2.5,true,,,", "C,Cem,Acme,2026-01-07,3,true,,,"].join("\n");
    const overlap = await importText(db(), orgId, later, { kind: "time", format: "generic" });
    expect(overlap).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    const [sum] = await db().query<{ n: number; hours: string }>(
      "select count(*)::int as n, sum(hours)::text as hours from time_entries where org_id = $1",
      [orgId],
    );
    expect(sum).toEqual({ n: 3, hours: "6.5" });
  });

  it("reports bad rows with line, column, value and reason while the good rows land", async () => {
    const orgId = await createTestOrg(db());
    const csv = [
      TIME_HEADER,
      "G1,Dana,Acme,2026-02-02,1,true,,,",
      ",Dana,Acme,2026-02-02,1,true,,,",
      "G2,Dana,Acme,not-a-date,1,true,,,",
      "G3,Dana,Acme,2026-02-03,-2,true,,,",
      "G4,Dana,Acme,2026-02-04,4,true,,,",
    ].join("\n");
    const result = await importText(db(), orgId, csv, { kind: "time", format: "generic" });
    expect(result).toMatchObject({ inserted: 2, rejected: 3 });
    const errors = await listImportRowErrors(db(), orgId, result.runId);
    expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, "entry_id", ""],
      [4, "work_date", "not-a-date"],
      [5, "hours", "-2"],
    ]);
    expect(errors.every((e) => e.reason.length > 5)).toBe(true);
  });

  it("--strict stores nothing when any row is bad, and keeps the errors for the run", async () => {
    const orgId = await createTestOrg(db());
    const csv = [TIME_HEADER, "S1,Eva,Acme,2026-02-02,1,true,,,", "S2,Eva,Acme,2026-02-30,1,true,,,"].join("\n");
    const result = await importText(db(), orgId, csv, { kind: "time", format: "generic" }, true);
    expect(result).toMatchObject({ status: "aborted", inserted: 0, rejected: 1 });
    expect(result.errors[0]).toMatchObject({ line: 3, column: "work_date", value: "2026-02-30" });
    const [counts] = await db().query<{ entries: number; clients: number }>(
      "select (select count(*) from time_entries where org_id = $1)::int as entries, (select count(*) from clients where org_id = $1)::int as clients",
      [orgId],
    );
    expect(counts).toEqual({ entries: 0, clients: 0 });
    const [run] = await listImportRuns(db(), orgId);
    expect(run?.status).toBe("aborted");
    expect(await listImportRowErrors(db(), orgId, result.runId)).toHaveLength(1);
  });

  it("keeps the last line when a file repeats an id", async () => {
    const orgId = await createTestOrg(db());
    const csv = [TIME_HEADER, "D1,Finn,Acme,2026-02-02,1,true,,,", "D1,Finn,Acme,2026-02-02,5,true,,,"].join("\n");
    const result = await importText(db(), orgId, csv, { kind: "time", format: "generic" });
    expect(result).toMatchObject({ inserted: 1, rejected: 0 });
    const [row] = await db().query<{ hours: string }>("select hours from time_entries where org_id = $1", [orgId]);
    expect(row?.hours).toBe("5");
  });

  it("a clients export adopts the client first created from a reference instead of duplicating it", async () => {
    const orgId = await createTestOrg(db());
    await importText(db(), orgId, [TIME_HEADER, "R1,Gina,Alpenblick AG,2026-02-02,1,true,,,"].join("\n"), { kind: "time", format: "generic" });
    const result = await importText(db(), orgId, "client_id,name,segment\nC-7,alpenblick ag,SMB\nC-8,Harbor Dental,Healthcare\n", {
      kind: "clients", format: "generic",
    });
    expect(result).toMatchObject({ inserted: 1, updated: 1 });
    const clients = await db().query<{ name: string; external_id: string; segment: string }>(
      "select name, external_id, segment from clients where org_id = $1 order by external_id",
      [orgId],
    );
    expect(clients).toEqual([
      { name: "alpenblick ag", external_id: "C-7", segment: "SMB" },
      { name: "Harbor Dental", external_id: "C-8", segment: "Healthcare" },
    ]);
    const later = await importText(db(), orgId, [TIME_HEADER, "R2,Gina,C-7,2026-02-03,1,true,,,"].join("\n"), { kind: "time", format: "generic" });
    expect(later.clientsCreated).toBe(0);
  });

  it("device status: rows for unknown devices are rejected unless they name a client", async () => {
    const orgId = await createTestOrg(db());
    await importText(db(), orgId, "device_id,client,hostname,kind,managed_since,retired_on,warranty_end\nDEV-1,Acme,ACME-SRV01,server,2025-01-01,,2027-01-01\n", {
      kind: "devices", format: "generic",
    });
    const header = "device_id,observed_at,av_ok,patched,patches_missing,backup_ok,online,last_seen_at,client,hostname";
    const csv = [
      header,
      "dev-1,2026-03-01T08:00:00Z,true,false,3,true,true,2026-03-01T07:59:00Z,,",
      "DEV-2,2026-03-01T08:00:00Z,true,true,0,true,true,,,",
      "DEV-3,2026-03-01T08:00:00Z,false,true,0,true,false,,Acme,ACME-WS07",
    ].join("\n");
    const result = await importText(db(), orgId, csv, { kind: "device-status", format: "generic" });
    expect(result).toMatchObject({ inserted: 2, rejected: 1 });
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 3, column: "device_id", value: "DEV-2" }),
    ]);
    const devices = await db().query<{ external_id: string; hostname: string; observations: number }>(
      `select d.external_id, d.hostname, count(s.id)::int as observations from devices d
       left join device_status s on s.org_id = d.org_id and s.device_id = d.id
       where d.org_id = $1 group by 1, 2 order by 1`,
      [orgId],
    );
    expect(devices).toEqual([
      { external_id: "DEV-1", hostname: "ACME-SRV01", observations: 1 },
      { external_id: "DEV-3", hostname: "ACME-WS07", observations: 1 },
    ]);
    const again = await importText(db(), orgId, csv, { kind: "device-status", format: "generic" });
    expect(again).toMatchObject({ inserted: 0, updated: 0 });
  });

  it("never shows one org's records to another", async () => {
    const a = await createTestOrg(db());
    const b = await createTestOrg(db());
    await importText(db(), a, [TIME_HEADER, "X1,Hal,Shared Name Ltd,2026-02-02,1,true,,,"].join("\n"), { kind: "time", format: "generic" });
    const result = await importText(db(), b, [TIME_HEADER, "X1,Hal,Shared Name Ltd,2026-02-02,7,true,,,"].join("\n"), { kind: "time", format: "generic" });
    expect(result).toMatchObject({ inserted: 1, clientsCreated: 1 });
    const rows = await db().query<{ org_id: number; hours: string }>(
      "select org_id, hours from time_entries where org_id in ($1, $2) order by org_id",
      [a, b],
    );
    expect(rows).toEqual([{ org_id: a, hours: "1" }, { org_id: b, hours: "7" }]);
  });
});

import { describe, expect, it } from "vitest";
import { planImport } from "@/lib/imports";

// Auto-detect must never read a people list (technicians) as clients: each tool's user or agent
// export, with the header its API or export writes, is read as technicians or becomes a question.

const csv = (header: string, row: string) => new TextEncoder().encode(`${header}\n${row}\n`);

const PEOPLE: [tool: string, header: string, row: string][] = [
  [
    "ConnectWise members (/system/members)",
    "id,identifier,firstName,lastName,title,officeEmail,inactiveFlag,hourlyCost,dailyCapacity,licenseClass,securityRole/name,workRole/name",
    "148,jweiss,Jürgen,Weiß,Engineer,jweiss@msp.example,false,38.50,8,F,Technician,Service Desk",
  ],
  [
    "Autotask resources (Resources entity)",
    "id,firstName,lastName,userName,email,isActive,resourceType,title,userType,hireDate",
    "29682885,Anna,Berg,aberg,aberg@msp.example,True,Employee,Technician,7,2021-04-01T00:00:00",
  ],
  ["HaloPSA agents (/api/agent)", "id,name,email,initials,team,isdisabled,jobtitle", "7,Leon Wolf,leon@msp.example,LW,1st Line,false,Engineer"],
  ["Syncro users (/users)", "id,email,full_name,group,admin,color,created_at,updated_at", "88,ida@msp.example,Ida Maier,Technician,false,#3366ff,2024-01-02T10:00:00Z,2026-02-01T10:00:00Z"],
  ["ITFlow users (users table)", "user_id,user_name,user_email,user_role,user_status,user_created_at", "3,Anna Berg,anna@msp.example,2,1,2024-05-06 09:00:00"],
];

describe("auto-detect and people lists", () => {
  it.each(PEOPLE)("%s: never clients; technicians, or a question naming technicians", (_tool, header, row) => {
    const plan = planImport(csv(header, row), { timeZone: "UTC" });
    expect(plan.detected.kind).not.toBe("clients");
    if (plan.detected.kind === null) {
      expect(plan.detected.candidates?.map((c) => c.kind)).toContain("technicians");
    } else {
      expect(plan.detected.kind).toBe("technicians");
    }
    expect(plan.options.kind).toBe("technicians");
  });

  it("HaloPSA agents and Syncro users (the files of the report), which the clients presets fill, ask between technicians and clients", () => {
    for (const [, header, row] of PEOPLE.filter(([tool]) => /HaloPSA|Syncro/.test(tool))) {
      const { detected } = planImport(csv(header, row), { timeZone: "UTC" });
      // a technicians preset of the tool that fills the file answers the question itself
      if (detected.kind === "technicians") continue;
      expect(detected.kind).toBeNull();
      expect(detected.candidates?.map((c) => c.kind).sort()).toEqual(["clients", "technicians"]);
    }
  });

  it("a generic technicians file is read as technicians without a question", () => {
    const { detected } = planImport(csv("technician,weekly_capacity_hours,role,firstName,lastName", "Ida Maier,32,Engineer,Ida,Maier"), { timeZone: "UTC" });
    expect(detected).toMatchObject({ kind: "technicians", format: "generic" });
    expect(detected.candidates).toBeUndefined();
  });

  it("company lists stay clients, also with contact first and last names (Syncro customers)", () => {
    const syncro = planImport(
      csv("id,firstname,lastname,fullname,business_name,business_then_name,email,phone,address,city,customer_type", "501,Eva,Roth,Eva Roth,Roth Bau GmbH,Roth Bau GmbH,eva@roth.example,+49 30 1,Hauptstr. 1,Berlin,Business"),
      { timeZone: "UTC" },
    );
    expect(syncro.detected).toMatchObject({ kind: "clients", format: "syncro" });
    const halo = planImport(csv("id,name,toplevel_name,inactive,website", "12,Roth Bau GmbH,Customers,false,roth.example"), { timeZone: "UTC" });
    expect(halo.detected).toMatchObject({ kind: "clients", format: "halopsa" });
  });

  it("two kinds that fit the header alike are a question, not a guess", () => {
    const { detected, options } = planImport(csv("device_id,observed_at,client,hostname,kind", "D1,2026-03-04T10:00:00Z,Acme,pc-1,laptop"), { timeZone: "UTC" });
    expect(detected.kind).toBeNull();
    expect(detected.candidates?.map((c) => c.kind).sort()).toEqual(["device-status", "devices"]);
    expect(options.kind).toBe(detected.candidates?.[0].kind);
  });
});

import { z } from "zod";
import {
  ClientRecord,
  NonNegativeDecimal,
  ContractRecord,
  DeviceRecord,
  DeviceStatusRecord,
  TechnicianRecord,
  TicketRecord,
  TimeEntryRecord,
} from "@/lib/records/schemas";
import { PeerScore } from "@/lib/scorecards/peer-review";

// What the KPI functions take: canonical records, with every `client` (and `technician`) field
// already resolved by the loader to the client's (technician's) canonical NAME, so records are
// joined by plain string equality. Records are passed in import order (database id order); that
// order only matters to break ties between device observations with the same observed_at.
// Contracts, technicians and time entries also carry the profitability inputs (null = not known).
// Peer reviews are the scores technicians gave each other in the app (reviewer and reviewee by name).
export const TimeCategory = z.enum(["reactive", "proactive", "project", "internal"]);
export type TimeCategory = z.infer<typeof TimeCategory>;

const KpiContractRecord = ContractRecord.extend({ monthly_cost: NonNegativeDecimal.nullable() });
const KpiTechnicianRecord = TechnicianRecord.extend({ hourly_cost: NonNegativeDecimal.nullable() });
const KpiTimeEntryRecord = TimeEntryRecord.extend({ category: TimeCategory.nullable() });

export const KpiDataset = z.object({
  clients: z.array(ClientRecord.pick({ name: true, segment: true })),
  contracts: z.array(KpiContractRecord),
  technicians: z.array(KpiTechnicianRecord),
  tickets: z.array(TicketRecord),
  timeEntries: z.array(KpiTimeEntryRecord),
  devices: z.array(DeviceRecord),
  deviceStatus: z.array(DeviceStatusRecord),
  peerReviews: z.array(PeerScore),
});
export type KpiDataset = z.infer<typeof KpiDataset>;

export type KpiClient = KpiDataset["clients"][number];
export type KpiContract = z.infer<typeof KpiContractRecord>;
export type KpiTechnician = z.infer<typeof KpiTechnicianRecord>;
export type KpiTicket = TicketRecord;
export type KpiTimeEntry = z.infer<typeof KpiTimeEntryRecord>;
export type KpiDevice = DeviceRecord;
export type KpiDeviceStatus = DeviceStatusRecord;
export type KpiPeerReview = PeerScore;

/** A dataset with nothing in it, to spread test data into. */
export function emptyDataset(): KpiDataset {
  return { clients: [], contracts: [], technicians: [], tickets: [], timeEntries: [], devices: [], deviceStatus: [], peerReviews: [] };
}

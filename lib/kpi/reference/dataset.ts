import { z } from "zod";
import {
  ClientRecord,
  ContractRecord,
  DeviceRecord,
  DeviceStatusRecord,
  TechnicianRecord,
  TicketRecord,
  TimeEntryRecord,
} from "@/lib/records/schemas";

// What the KPI functions take: canonical records, with every `client` (and `technician`) field
// already resolved by the loader to the client's (technician's) canonical NAME, so records are
// joined by plain string equality. Records are passed in import order (database id order); that
// order only matters to break ties between device observations with the same observed_at.
export const KpiDataset = z.object({
  clients: z.array(ClientRecord.pick({ name: true, segment: true })),
  contracts: z.array(ContractRecord),
  technicians: z.array(TechnicianRecord),
  tickets: z.array(TicketRecord),
  timeEntries: z.array(TimeEntryRecord),
  devices: z.array(DeviceRecord),
  deviceStatus: z.array(DeviceStatusRecord),
});
export type KpiDataset = z.infer<typeof KpiDataset>;

export type KpiClient = KpiDataset["clients"][number];
export type KpiContract = ContractRecord;
export type KpiTechnician = TechnicianRecord;
export type KpiTicket = TicketRecord;
export type KpiTimeEntry = TimeEntryRecord;
export type KpiDevice = DeviceRecord;
export type KpiDeviceStatus = DeviceStatusRecord;

/** A dataset with nothing in it, to spread test data into. */
export function emptyDataset(): KpiDataset {
  return { clients: [], contracts: [], technicians: [], tickets: [], timeEntries: [], devices: [], deviceStatus: [] };
}

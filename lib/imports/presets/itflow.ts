import type { FormatPreset } from "./types";

// ITFlow (open source PSA): the CSV exports' labels, and the database / API field names.
//   tickets   Ticket Number (prefix included), Client, Date Opened, ticket_first_response_at,
//             Date Resolved (Date Closed when empty), Status, Priority (Low/Medium/High/Urgent ->
//             P4/P3/P2/P1), Assigned To, Subject, ticket_feedback (Good/Neutral/Bad -> 5/3/1)
//   time      there is no CSV export; the API / a report gives ticket_number (ticket_id when absent),
//             technician, company / client_name, time_worked ("01:30:00" -> 1.5 h),
//             ticket_reply_created_at (-> work_date), ticket_billable. Rows have no id: entry_id is
//             derived from technician, client, date, ticket and duration (see convert/derive.ts).
//   contracts recurring invoices: Recurring Number, Client, Scope (service), Amount per Frequency
//             ("Monthly"/"Yearly" -> monthly_value), Date Created (start_date)
//   technicians users: user_id, user_name, user_email (login), user_status (0 = disabled),
//             user_created_at, user_archived_at
//   clients   Client Name (also the id: ITFlow's exports carry none), Industry (segment)
//   devices   assets: Serial Number as the id (else derived from Client + Name), Client, Name, Type
//             (Laptop, Server, Firewall/Router, Mobile Phone ... -> kind), Install Date, Warranty Expire
// Timestamps are MySQL DATETIME without a zone ("2026-03-04 10:15:22"): read in options.timeZone.

const client = ["Client", "client_name", "Client Name", "company"];

export const itflowPreset: FormatPreset = {
  format: "itflow",
  label: "ITFlow",
  dateOrder: "ymd",
  kinds: {
    tickets: {
      columns: {
        ticket_id: ["Ticket Number", "ticket_number", "ticket_id"],
        client,
        created_at: ["Date Opened", "ticket_created_at"],
        first_response_at: ["ticket_first_response_at", "First Response"],
        resolved_at: ["Date Resolved", "ticket_resolved_at"],
        closed_at: ["Date Closed", "ticket_closed_at"],
        status: ["Status", "ticket_status", "ticket_status_name"],
        priority: ["Priority", "ticket_priority"],
        technician: ["Assigned To", "ticket_assigned_to", "user_name"],
        subject: ["Subject", "ticket_subject"],
        csat: ["ticket_feedback", "Feedback"],
      },
      known: ["Contact", "Category", "Billable", "ticket_billable", "ticket_prefix", "ticket_response_sla_met", "ticket_resolution_sla_met", "ticket_client_id", "ticket_details", "ticket_vendor_ticket_number", "Vendor Ticket Number", "ticket_category", "ticket_contact_id"],
    },
    time: {
      columns: {
        entry_id: ["ticket_reply_id"],
        ticket_id: ["ticket_number", "ticket_id"],
        technician: ["technician", "ticket_reply_by", "user_name"],
        client: ["client_name", "company", "Client", "client_id"],
        work_date: ["ticket_reply_created_at", "date", "created_at"],
        hours: ["time_worked", "ticket_reply_time_worked"],
        billable: ["ticket_billable", "billable"],
      },
      known: ["ticket_subject", "technician_id", "ticket_reply_type", "ticket_reply", "ticket_prefix"],
    },
    contracts: {
      columns: {
        contract_id: ["Recurring Number", "recurring_invoice_number", "recurring_number"],
        client,
        service: ["Scope", "recurring_invoice_scope", "recurring_scope"],
        period_amount: ["Amount", "recurring_invoice_amount", "recurring_amount"],
        bill_cycle: ["Frequency", "recurring_invoice_frequency", "recurring_frequency"],
        start_date: ["Date Created", "recurring_invoice_created_at", "recurring_created_at"],
      },
      known: ["recurring_invoice_next_date", "recurring_invoice_status", "Status", "recurring_invoice_prefix", "Next Date", "Last Sent"],
    },
    technicians: {
      columns: {
        technician_id: ["user_id", "User ID"],
        technician: ["user_name", "Name"],
        login: ["user_email", "Email"],
        role: ["user_role", "role_name", "Role"],
        active: ["user_status"],
        active_from: ["user_created_at"],
        active_to: ["user_archived_at"],
      },
      known: ["user_type", "user_role_id", "user_avatar", "user_specific_encryption_ciphertext", "user_updated_at", "user_php_session", "user_extension_key", "user_token", "Last Login", "Status", "MFA"],
    },
    clients: {
      columns: {
        name: ["Client Name", "client_name"],
        segment: ["Industry", "client_type"],
      },
      known: ["Referral", "Website", "Location Name", "Location Phone", "Location Address", "City", "State", "Postal Code", "Billing Contact Name", "Billing Contact Phone", "Billing Contact Email", "Hourly Rate", "Currency", "Net Terms", "Tax ID", "Abbreviation", "Notes", "Primary Contact", "Primary Contact Email"],
    },
    devices: {
      columns: {
        client,
        hostname: ["Name", "asset_name"],
        kind: ["Type", "asset_type"],
        serial_number: ["Serial Number", "asset_serial"],
        managed_since: ["Install Date", "asset_install_date"],
        warranty_end: ["Warranty Expire", "asset_warranty_expire"],
      },
      known: ["Description", "Make", "Model", "Operating System", "Purchase Date", "Assigned To", "Location", "Physical Location", "Notes", "IP Address", "MAC Address", "URI", "Status"],
    },
  },
};

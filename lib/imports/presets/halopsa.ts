import type { FormatPreset } from "./types";

// HaloPSA: API objects (lowercase names). Columns read:
//   tickets   id, client_name (client_id when absent), dateoccurred, responsedate, dateclosed,
//             status_id/status_name, priority_id (tenant integers via valueMaps.priority), agent_name,
//             summary
//   time      actions: ticket_id + id (actions are numbered per ticket, so entry_id = "ticket/id"),
//             who, client_name, actioncompletiondate (-> work_date), timetaken (hours), actisbillable
//   contracts client contracts: id, client_name, ref / contract_type (service), periodchargeamount
//             per billingperiod (-> monthly_value), start_date, end_date
//   technicians agents: id (tickets' agent_id), name (or firstname + surname), email (login),
//             jobtitle, isdisabled
//   clients   id, name, toplevel_name (segment)
//   devices   assets: id, client_name, inventory_number / key_field, assettype_name
// Report-builder exports name the same columns by their report aliases (Ticket ID, Date Opened,
// Date Responded, Date Resolved, Client, Agent, Priority Description, Response Time (hh:mm); for
// actions Ticket ID, Technician, Client Name, Date/Time Done, Time Taken, Billable) and write dates
// in the tenant's locale and zone (dd/MM/yyyy HH:mm on en-GB tenants): import those with the
// organisation's time zone.
// "0001-01-01T00:00:00" means "no date". Halo's API writes UTC timestamps without a zone: import
// them with timeZone "UTC" (zone-less timestamps are read in options.timeZone).
// Default priority guess: priority_id 1..4 -> P1..P4.

export const halopsaPreset: FormatPreset = {
  format: "halopsa",
  label: "HaloPSA",
  dateOrder: "dmy",
  priority: { "1": "P1", "2": "P2", "3": "P3", "4": "P4" },
  kinds: {
    tickets: {
      columns: {
        ticket_id: ["id", "Ticket ID", "faultid"],
        client: ["client_name", "client_id", "Client", "Client Name"],
        created_at: ["dateoccurred", "Date Occurred", "datereported", "Date Opened", "Date Logged"],
        first_response_at: ["responsedate", "Response Date", "Date Responded"],
        response_hours: ["Response Time (hh:mm)", "Response Time"],
        resolved_at: ["dateclosed", "Date Closed", "Date Resolved"],
        status: ["status_name", "status_id", "Status"],
        priority: ["priority_id", "priority_name", "Priority", "Priority Description"],
        technician: ["agent_name", "agent", "agent_id", "Agent", "Technician"],
        subject: ["summary", "Summary"],
      },
      known: ["Ticket Type", "Team", "Category", "Site", "User", "SLA", "Resolution Time (hh:mm)", "Response Target Met", "Resolution Target Met", "tickettype_id", "tickettype_name", "hasbeenclosed", "sla_id", "sla_name", "team", "team_id", "category_1", "category_2", "user_id", "user_name", "site_id", "site_name", "deadlinedate", "fixbydate", "respondbydate", "details", "source", "impact", "urgency", "onhold", "slaresponsestate", "slastate", "lastactiondate", "timetaken"],
    },
    time: {
      columns: {
        entry_seq: ["id", "actionnumber", "Action ID", "Action Number"],
        ticket_id: ["ticket_id", "faultid", "Ticket ID"],
        technician: ["who", "agent_name", "who_agentid", "Technician", "Agent"],
        client: ["client_name", "client_id", "Client Name", "Client"],
        work_date: ["actioncompletiondate", "datetime", "actiondatecreated", "Date/Time Done", "Date Done"],
        hours: ["timetaken", "Time Taken"],
        billable: ["actisbillable", "Billable"],
      },
      known: ["Outcome", "Note", "Charge Rate", "Non-Billable Time", "Travel Time", "Summary", "Ticket Summary", "nonbilltime", "actionchargehours", "actionchargeamount", "actioncontractid", "outcome", "outcome_id", "note", "emailfrom", "actionby_agent_id", "actionarrivaldate", "travelisbillable", "actiontravelchargehours", "hiddenfromuser", "important", "site_name"],
    },
    contracts: {
      columns: {
        contract_id: ["id"],
        client: ["client_name", "client_id"],
        service: ["contract_type", "type", "billing_description", "ref"],
        tier: ["ref", "contractref"],
        period_amount: ["periodchargeamount", "Period Charge Amount"],
        bill_cycle: ["billingperiod", "billing_period", "Billing Period"],
        start_date: ["start_date", "startdate"],
        end_date: ["end_date", "enddate"],
      },
      known: ["contract_status", "site_id", "site_name", "prepay", "prepayrecurringcharge", "notes", "numberofunits", "billingcycle", "renewal_date", "active", "xero_id", "currency_code"],
    },
    technicians: {
      columns: {
        technician_id: ["id", "Agent ID"],
        technician: ["name", "Agent Name", "Agent"],
        login: ["email", "Email", "ad"],
        first_name: ["firstname"],
        last_name: ["surname"],
        role: ["jobtitle", "Job Title"],
        inactive: ["isdisabled", "Disabled"],
        hourly_cost: ["costprice", "Cost Price"],
      },
      known: ["team", "initials", "colour", "sms", "extensionnumber", "lastlogindate", "lastonline", "onlinestatus", "is_online", "is_agent", "isapiagent", "chargerate", "linemanager", "linemanager_name", "licence_type", "role_list", "namewithinactive", "ticket_count", "use", "Team", "Last Login"],
    },
    clients: {
      columns: {
        client_id: ["id"],
        name: ["name", "client_name"],
        segment: ["toplevel_name", "client_type"],
      },
      known: ["toplevel_id", "inactive", "colour", "website", "main_site_id", "main_site_name", "ticket_count", "notes", "accountsid", "pritech", "sectech"],
    },
    devices: {
      columns: {
        device_id: ["id"],
        client: ["client_name", "client_id"],
        hostname: ["key_field", "inventory_number"],
        kind: ["assettype_name", "assettype_id"],
        serial_number: ["serial_number", "serialnumber"],
        warranty_end: ["warranty_end", "warrantyenddate"],
      },
      known: ["site_id", "site_name", "username", "inactive", "business_owner_id", "technical_owner_id", "key_field2", "key_field3", "contract_id", "supplier_id", "third_party_id"],
    },
  },
};

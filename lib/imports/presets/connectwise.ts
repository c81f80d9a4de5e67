import type { FormatPreset } from "./types";

// ConnectWise PSA (Manage): REST 3.0 models flattened to CSV (nested refs as "company/identifier",
// "company.identifier" or the UI label "Company"). Columns read:
//   tickets   id, company/identifier (or company/name), dateEntered, dateResponded, dateResolved
//             (closedDate when empty), status/name, priority/name ("Priority 3 - Normal" -> P3),
//             owner/identifier, summary
//   time      id, member/identifier, company/identifier, timeStart (-> work_date in the org zone),
//             timeEnd, actualHours, billableOption (Billable -> true; DoNotBill, NoCharge,
//             NoDefault -> false), chargeToId + chargeToType (ticket only for *Ticket types;
//             category ServiceTicket -> reactive, ProjectTicket -> project, ChargeCode -> internal),
//             hourlyRate
//   contracts agreements: id, company/identifier, type/name (service), name (tier), billAmount per
//             billingCycle/name (monthly, quarterly, yearly -> monthly_value), applicationUnits is
//             not a number and is ignored, startDate, endDate, dateCancelled, noEndingDateFlag.
//             Agreements billed through additions have billAmount 0: their value is in the
//             additions, one contract each: agreementId/id, the agreement's client, start and end
//             (the database takes them from the stored agreement), product/identifier
//             (service), unitPrice × quantity per the agreement's billing cycle (monthly unless
//             the file carries it), unitCost × quantity the same way (-> monthly_cost),
//             effectiveDate, cancelledDate (ends it), billCustomer (DoNotBill and NoCharge lines
//             are refused)
//   technicians members: id, identifier (login), firstName + lastName, title, dailyCapacity (× 5 per
//             week), hireDate, inactiveDate, inactiveFlag, hourlyCost; tickets and time name
//             members by identifier
//   clients   companies: identifier (id when absent), name, type/name
//   devices   configurations: id, company/identifier, name, type/name, serialNumber,
//             installationDate, warrantyExpirationDate
// Dates come as ISO timestamps; UI exports write mm/dd/yyyy.

const company = ["company/identifier", "company/name", "company", "Company", "Company Name"];

export const connectwisePreset: FormatPreset = {
  format: "connectwise",
  label: "ConnectWise PSA",
  dateOrder: "mdy",
  kinds: {
    tickets: {
      columns: {
        ticket_id: ["id", "Ticket #", "Ticket Number", "Ticket"],
        client: company,
        created_at: ["dateEntered", "_info/dateEntered", "Date Entered", "Entered"],
        first_response_at: ["dateResponded", "Date Responded"],
        resolved_at: ["dateResolved", "Date Resolved"],
        closed_at: ["closedDate", "Closed Date", "Date Closed"],
        status: ["status/name", "status", "Status"],
        priority: ["priority/name", "priority", "Priority"],
        technician: ["owner/identifier", "owner/name", "owner", "Ticket Owner", "Assigned To", "resources"],
        subject: ["summary", "Summary Description", "Summary"],
      },
      known: ["board/name", "board/id", "closedFlag", "actualHours", "respondMinutes", "resolveMinutes", "resPlanMinutes", "isInSla", "agreement/name", "type/name", "subType/name", "recordType", "severity", "impact", "contact/name", "company/id", "status/id", "priority/id", "owner/id", "closedBy", "budgetHours", "source/name", "team/name", "site/name"],
    },
    time: {
      columns: {
        entry_id: ["id", "Time Entry ID"],
        technician: ["member/identifier", "member/name", "member", "Member"],
        client: company,
        work_date: ["dateWorked", "Date Worked"],
        start_time: ["timeStart", "Time Start"],
        end_time: ["timeEnd", "Time End"],
        hours: ["actualHours", "Actual Hours", "Hours"],
        billable: ["billableOption", "Billable Option", "Billable"],
        ticket_id: ["chargeToId", "Charge To Id", "ticket/id"],
        charge_to_type: ["chargeToType", "Charge To Type"],
        rate: ["hourlyRate", "Hourly Rate"],
      },
      known: ["workType/name", "workRole/name", "agreement/name", "hoursBilled", "hoursDeduct", "invoiceHours", "notes", "internalNotes", "addToDetailDescriptionFlag", "status", "member/id", "company/id", "workType/id", "workRole/id", "agreement/id", "timeSheet/id", "dateEntered", "enteredBy", "locationId", "businessUnitId"],
    },
    contracts: {
      columns: {
        contract_id: ["id", "Agreement ID", "Addition ID"],
        parent_contract_id: ["agreementId", "agreement/id"],
        client: [...company, "agreement/company/identifier"],
        service: ["type/name", "agreementType", "Agreement Type", "type", "product/identifier", "Product ID", "Product"],
        tier: ["name", "Agreement Name", "agreement/name"],
        period_amount: ["billAmount", "Bill Amount"],
        unit_price: ["unitPrice", "Unit Price"],
        units: ["quantity", "Quantity"],
        unit_cost: ["unitCost", "Unit Cost"],
        bill_cycle: ["billingCycle/name", "billingCycle", "billCycle", "Billing Cycle", "invoicingCycle", "agreement/billingCycle/name"],
        start_date: ["startDate", "Start Date", "effectiveDate", "Effective Date"],
        end_date: ["endDate", "End Date"],
        cancelled_on: ["dateCancelled", "Date Cancelled", "cancelledDate", "Cancelled Date"],
        open_ended: ["noEndingDateFlag", "No Ending Date"],
        billed: ["billCustomer", "Bill Customer"],
      },
      known: ["product/id", "product/description", "description", "invoiceDescription", "lessIncluded", "extPrice", "extCost", "billedQuantity", "uom", "taxableFlag", "serialNumber", "purchaseItemFlag", "specialOrderFlag", "sequenceNumber", "margin", "prorateCost", "proratePrice", "extendedProrateCost", "extendedProratePrice", "prorateCurrentPeriodFlag", "cancelledFlag", "applicationUnits", "applicationLimit", "applicationCycle", "agreementStatus", "billCycleId", "company/id", "type/id", "contact/name", "site/name", "billingCycle/id", "taxable", "prorateFlag", "periodType", "billOneTimeFlag", "sla/name", "workRole/name", "workType/name", "parentAgreement/name"],
    },
    technicians: {
      columns: {
        technician_id: ["id", "Member ID"],
        login: ["identifier", "Member Identifier", "Identifier"],
        first_name: ["firstName", "First Name"],
        last_name: ["lastName", "Last Name"],
        role: ["title", "Title", "workRole/name"],
        daily_capacity_hours: ["dailyCapacity", "Daily Capacity"],
        active_from: ["hireDate", "Hire Date"],
        active_to: ["inactiveDate", "Inactive Date"],
        inactive: ["inactiveFlag", "Inactive"],
        hourly_cost: ["hourlyCost", "Hourly Cost"],
      },
      known: ["middleInitial", "licenseClass", "officeEmail", "defaultEmail", "primaryEmail", "officePhone", "mobilePhone", "defaultPhone", "hourlyRate", "billableForecast", "timeZone/name", "type/name", "securityRole/name", "defaultLocation/name", "defaultDepartment/name", "reportsTo/identifier", "workType/name", "adminFlag", "disableOnlineFlag", "lastLogin", "includeInUtilizationReportingFlag", "timeApprover/identifier", "expenseApprover/identifier", "employeeIdentifer", "scheduleCapacity"],
    },
    clients: {
      columns: {
        client_id: ["identifier", "Company ID", "id"],
        name: ["name", "Company Name", "companyName"],
        segment: ["type/name", "types/name", "market/name", "Type"],
      },
      known: ["status/name", "addressLine1", "addressLine2", "city", "state", "zip", "country/name", "phoneNumber", "website", "territory/name", "defaultContact/name", "dateAcquired", "annualRevenue", "numberOfEmployees", "site/name", "deletedFlag"],
    },
    devices: {
      columns: {
        device_id: ["id", "Configuration ID"],
        client: company,
        hostname: ["name", "deviceIdentifier", "Configuration Name"],
        kind: ["type/name", "Configuration Type", "type"],
        serial_number: ["serialNumber", "Serial Number"],
        managed_since: ["installationDate", "Installation Date"],
        warranty_end: ["warrantyExpirationDate", "Warranty Expiration"],
      },
      known: ["status/name", "modelNumber", "tagNumber", "purchaseDate", "osType", "osInfo", "ipAddress", "macAddress", "lastLoginName", "vendor/name", "manufacturer/name", "activeFlag", "contact/name", "site/name", "company/id", "type/id", "billFlag", "backupSuccesses", "backupIncomplete", "cpuSpeed", "ram", "localHardDrives"],
    },
  },
};

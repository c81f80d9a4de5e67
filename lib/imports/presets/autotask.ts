import type { FormatPreset } from "./types";

// Autotask PSA: REST v1.0 entity fields (camelCase). Columns read:
//   tickets   id (ticketNumber when there is no id), companyID, createDate, firstResponseDateTime,
//             resolvedDateTime (completedDate when empty), status, priority (tenant integers via
//             valueMaps.priority), assignedResourceID, title
//   time      id, resourceID, companyID (TimeEntries carry none: export it joined, or map a
//             company column), dateWorked, startDateTime/endDateTime, hoursWorked, isNonBillable
//             (inverted: empty or false = billable), ticketID, taskID (category: project on a
//             task, reactive on a ticket); internalCost is reported as not imported (labour cost
//             comes from the technicians' hourly cost)
//   contracts one row per contract service: id, companyID, serviceName (contractName when absent),
//             unitPrice × units per contractPeriodType (monthly when absent), unitCost × units the
//             same way (-> monthly_cost), startDate, endDate
//   technicians resources: id (what tickets' assignedResourceID and time entries' resourceID hold),
//             userName (login), firstName + lastName, title, hireDate, isActive
//   clients   companies: id, companyName, classification
//   devices   configuration items: id, companyID, referenceTitle, serialNumber, installDate,
//             warrantyExpirationDate, configurationItemType
// Default priority guess (Autotask's out-of-the-box picklist): 4 Critical -> P1, 1 High -> P2,
// 2 Medium -> P3, 3 Low -> P4. Tenants that changed the picklist set valueMaps.priority.

export const autotaskPreset: FormatPreset = {
  format: "autotask",
  label: "Autotask PSA",
  dateOrder: "mdy",
  priority: { "4": "P1", "1": "P2", "2": "P3", "3": "P4", critical: "P1", high: "P2", medium: "P3", low: "P4" },
  kinds: {
    tickets: {
      columns: {
        ticket_id: ["id", "ticketNumber", "Ticket Number"],
        client: ["companyID", "companyName", "Company", "Account"],
        created_at: ["createDate", "Create Date", "Created"],
        first_response_at: ["firstResponseDateTime", "First Response"],
        resolved_at: ["resolvedDateTime", "Resolved"],
        closed_at: ["completedDate", "Complete Date", "Completed"],
        status: ["status", "Status"],
        priority: ["priority", "Priority"],
        technician: ["assignedResourceID", "Primary Resource", "assignedResource"],
        subject: ["title", "Title"],
      },
      known: ["contractID", "serviceLevelAgreementHasBeenMet", "rmmAlertID", "queueID", "issueType", "subIssueType", "source", "dueDateTime", "ticketType", "ticketCategory", "description", "contactID", "configurationItemID", "estimatedHours", "lastActivityDate", "assignedResourceRoleID", "serviceLevelAgreementID", "billingCodeID", "creatorResourceID"],
    },
    time: {
      columns: {
        entry_id: ["id"],
        technician: ["resourceID", "resourceName", "Resource"],
        client: ["companyID", "companyName", "Company", "Account"],
        work_date: ["dateWorked", "Date Worked"],
        start_time: ["startDateTime", "Start Time"],
        end_time: ["endDateTime", "End Time"],
        hours: ["hoursWorked", "Hours Worked"],
        non_billable: ["isNonBillable", "Non-Billable"],
        ticket_id: ["ticketID", "Ticket ID", "ticketNumber"],
        task_id: ["taskID", "Task ID"],
      },
      known: ["hoursToBill", "contractID", "billingCodeID", "roleID", "summaryNotes", "internalNotes", "showOnInvoice", "timeEntryType", "offsetHours", "createDateTime", "creatorUserID", "lastModifiedDateTime", "contractServiceID", "contractServiceBundleID", "internalBillingCodeID"],
      dropped: { internalCost: "entry_cost", "Internal Cost": "entry_cost" },
    },
    contracts: {
      columns: {
        contract_id: ["id"],
        client: ["companyID", "companyName", "Company", "Account"],
        service: ["serviceName", "Service", "contractName", "Contract Name"],
        tier: ["contractCategory"],
        unit_price: ["unitPrice", "Unit Price", "adjustedPrice"],
        units: ["units", "Units"],
        unit_cost: ["unitCost", "Unit Cost"],
        bill_cycle: ["contractPeriodType", "billingPeriod", "Period Type"],
        start_date: ["startDate", "Start Date"],
        end_date: ["endDate", "End Date"],
      },
      known: ["contractID", "serviceID", "contractType", "status", "renewedContractID", "estimatedRevenue", "serviceLevelAgreementID", "isDefaultContract", "contractNumber", "contactID", "description", "invoiceDescription", "setupFee", "timeReportingRequiresStartAndStopTimes", "purchaseOrderNumber", "internalCurrencyUnitPrice"],
    },
    technicians: {
      columns: {
        technician_id: ["id", "Resource ID"],
        login: ["userName", "User Name", "email"],
        first_name: ["firstName", "First Name"],
        last_name: ["lastName", "Last Name"],
        role: ["title", "Title"],
        active_from: ["hireDate", "Hire Date"],
        active: ["isActive", "Active"],
      },
      known: ["middleName", "email2", "email3", "emailTypeCode", "initials", "prefix", "suffix", "resourceType", "userType", "licenseType", "locationID", "officePhone", "officeExtension", "mobilePhone", "homePhone", "payrollType", "payrollIdentifier", "defaultServiceDeskRoleID", "accountingReferenceID", "travelAvailabilityPct", "surveyResourceRating", "dateFormat", "timeFormat", "numberFormat", "internalCost", "gender"],
    },
    clients: {
      columns: {
        client_id: ["id"],
        name: ["companyName", "Company Name", "Account Name"],
        segment: ["classification", "Classification", "companyCategoryID", "marketSegmentID"],
      },
      known: ["companyType", "companyNumber", "isActive", "ownerResourceID", "phone", "address1", "address2", "city", "state", "postalCode", "countryID", "webAddress", "territoryID", "parentCompanyID", "createDate", "lastActivityDate"],
    },
    devices: {
      columns: {
        device_id: ["id"],
        client: ["companyID", "companyName", "Company", "Account"],
        hostname: ["referenceTitle", "rmmDeviceAuditHostname", "Reference Title"],
        kind: ["configurationItemTypeName", "configurationItemType"],
        serial_number: ["serialNumber", "Serial Number"],
        managed_since: ["installDate", "Install Date"],
        warranty_end: ["warrantyExpirationDate", "Warranty Expiration Date"],
      },
      known: ["productID", "isActive", "referenceNumber", "rmmDeviceID", "rmmDeviceUID", "location", "configurationItemCategoryID", "contactID", "contractID", "parentConfigurationItemID", "createDate", "lastActivityPersonType", "rmmOpenAlertCount", "dattoSerialNumber", "monthlyCost", "dailyCost", "setupFee"],
    },
  },
};

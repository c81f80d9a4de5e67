import { normalizeHeader } from "./headers";

// People (technicians) and companies (clients) lists look alike to a header score: both have an
// id and a name. Headers that only one of them carries tell them apart, so detection never takes
// an agent or user list for clients, or a client list for technicians.

const PERSON_HEADERS = new Set(
  [
    "firstName", "lastName", "full_name", "userName", "user_email", "user_role", "user_status", "loginName", "initials",
    "jobtitle", "isagent", "resourceType", "userType", "hourlyCost", "internalCost", "dailyCapacity", "licenseClass",
    "securityRole/name", "securityRole", "officeEmail", "defaultEmail", "primaryEmail", "hireDate", "isdisabled", "group",
    "admin", "inactiveFlag", "workRole/name", "defaultDepartment/name", "reportsTo/name", "payrollIdentifier",
  ].map(normalizeHeader),
);

const COMPANY_HEADERS = new Set(
  [
    "companyName", "business_name", "business_then_name", "client_name", "Client Name", "industry", "website", "webAddress",
    "accountNumber", "annualRevenue", "numberOfEmployees", "classification", "customer_type", "companyType",
    "companyNumber", "marketSegmentID", "territoryID", "parentCompanyID", "toplevel_name", "addressLine1", "address1",
    "Tax ID", "Net Terms", "Billing Contact Name", "main_site_name", "dateAcquired", "companyCategoryID", "type/name",
  ].map(normalizeHeader),
);

export type HeaderSubject = "people" | "companies" | null;

/** "people" when the header row has at least two person-only headers and no company-only one; "companies" the other way round. */
export function headerSubject(headers: readonly string[]): HeaderSubject {
  const keys = headers.map(normalizeHeader);
  const people = keys.filter((k) => PERSON_HEADERS.has(k)).length;
  const companies = keys.filter((k) => COMPANY_HEADERS.has(k)).length;
  if (people >= 2 && companies === 0) return "people";
  if (companies >= 1 && people === 0) return "companies";
  return null;
}

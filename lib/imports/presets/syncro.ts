import type { FormatPreset } from "./types";

// Syncro: API / tap-syncro streams (snake_case). Columns read:
//   tickets   id (number when absent), customer_business_then_name (customer_id when absent),
//             created_at, resolved_at, status, priority ("2 Normal" -> P3 by its word),
//             user/full_name (user_id when absent), subject
//   time      ticket timers: id, ticket_id, user/full_name or user_id, customer_business_then_name
//             (timers carry none: export it joined or map a customer column), start_time (-> work_date
//             in the org zone), hours from active_duration (seconds) or end_time − start_time, billable
//   contracts recurring invoices (schedules), one row per line item: schedule_id/line_item_id,
//             customer_business_then_name, line item name (service), schedule name (tier),
//             quantity × price_retail (or retail_cents / 100) per frequency, quantity × price_cost
//             (or cost_cents / 100) the same way (-> monthly_cost), created_at (start);
//             one-time charges are refused. Syncro's contracts are not read: their
//             contract_amount is an estimated deal amount with a likelihood, not a monthly fee.
//   technicians users: id (tickets' and timers' user_id), full_name, email (login), group (role),
//             disabled
//   clients   customers: id, business_then_name (business_name, fullname)
//   devices   assets: id, customer_business_then_name, name, asset_type, asset_serial
// Syncro writes ISO timestamps with an offset.

const customer = ["customer_business_then_name", "customer/business_then_name", "customer_name", "business_name", "customer_id"];
const user = ["user/full_name", "user_name", "user_full_name", "user_id"];

export const syncroPreset: FormatPreset = {
  format: "syncro",
  label: "Syncro",
  dateOrder: "mdy",
  kinds: {
    tickets: {
      columns: {
        ticket_id: ["id", "number", "Ticket Number"],
        client: customer,
        created_at: ["created_at", "Created"],
        resolved_at: ["resolved_at", "Resolved"],
        status: ["status", "Status"],
        priority: ["priority", "Priority"],
        technician: user,
        subject: ["subject", "Subject"],
      },
      known: ["problem_type", "contact_id", "due_date", "updated_at", "location_id", "sla_id", "ticket_type_id", "comments", "properties", "start_at", "end_at", "asset_ids", "tag_list", "priority_id"],
    },
    time: {
      columns: {
        entry_id: ["id"],
        ticket_id: ["ticket_id"],
        technician: user,
        client: customer,
        start_time: ["start_time", "start_at"],
        end_time: ["end_time", "end_at"],
        duration_seconds: ["active_duration"],
        billable: ["billable"],
      },
      known: ["recorded", "notes", "product_id", "comment_id", "ticket_line_item_id", "created_at", "updated_at"],
    },
    contracts: {
      columns: {
        contract_id: ["line_item_id", "line_items/id", "schedule_line_item_id", "id"],
        parent_contract_id: ["schedule_id", "id"],
        client: customer,
        service: ["line_item_name", "line_items/name", "item", "product_name", "name"],
        tier: ["schedule_name", "name"],
        units: ["quantity", "line_items/quantity"],
        unit_price: ["price_retail", "line_items/price_retail", "retail"],
        unit_price_cents: ["retail_cents", "line_items/retail_cents"],
        unit_cost: ["price_cost", "line_items/price_cost"],
        unit_cost_cents: ["cost_cents", "line_items/cost_cents"],
        bill_cycle: ["frequency", "Frequency"],
        start_date: ["start_date", "created_at"],
        one_time: ["one_time_charge", "line_items/one_time_charge"],
      },
      known: ["next_run", "paused", "email_customer", "snail_mail", "charge_mop", "invoice_unbilled_ticket_charges", "updated_at", "product_id", "line_items/product_id", "description", "line_items/description", "taxable", "line_items/taxable", "position", "recurring_type_id", "contract_amount", "likelihood", "status", "end_date", "contract_type"],
    },
    technicians: {
      columns: {
        technician_id: ["id", "User ID"],
        technician: ["full_name", "Full Name", "name"],
        login: ["email", "Email"],
        role: ["group", "Group"],
        inactive: ["disabled", "archived"],
      },
      known: ["admin", "color", "created_at", "updated_at", "phone", "Admin"],
    },
    clients: {
      columns: {
        client_id: ["id"],
        name: ["business_then_name", "business_name", "fullname"],
        segment: ["customer_type", "referred_by"],
      },
      known: ["firstname", "lastname", "email", "phone", "mobile", "address", "address_2", "city", "state", "zip", "created_at", "updated_at", "disabled", "no_email", "online_profile_url", "tax_rate_id", "business_and_full_name"],
    },
    devices: {
      columns: {
        device_id: ["id"],
        client: customer,
        hostname: ["name", "Asset Name"],
        kind: ["asset_type", "Asset Type"],
        serial_number: ["asset_serial", "Serial"],
      },
      known: ["properties", "customer_id", "contact_id", "created_at", "updated_at", "external_rmm_link", "rmm_links", "has_live_session", "snmp_enabled", "device_uuid"],
    },
  },
};

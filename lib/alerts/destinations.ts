import { roleAtLeast, type Role } from "@/lib/auth/roles";
import type { AlertRule } from "./rule-schema";

// Where a rule's alerts go is for managers and owners: a Slack or Teams webhook URL is a secret
// (anyone holding it can post to the channel), and the e-mail recipients are personal data.

export type RuleWithoutDestinations = Omit<AlertRule, "webhookUrl" | "emailTo">;

/** The rule as `role` may read it: viewers get it without its webhook URL and e-mail recipients. */
export function ruleForRole(rule: AlertRule, role: Role): AlertRule | RuleWithoutDestinations {
  if (roleAtLeast(role, "manager")) return rule;
  const { webhookUrl: _url, emailTo: _to, ...rest } = rule;
  return rest;
}

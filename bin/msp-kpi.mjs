#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx msp-kpi …` works in a checkout without a build step.
import { register } from "tsx/esm/api";
import "../scripts/lib/allow-server-only.mjs";

register();
await import("../cli/main.ts");

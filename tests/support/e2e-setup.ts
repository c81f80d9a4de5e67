import { beforeAll } from "vitest";
import { E2E_READY_TIMEOUT_MS, waitForSharedServer } from "./e2e-ready";

// Before each browser file: the build and the shared demo server, started in the background by
// e2e-global-setup.ts, are ready (servers of a file's own need the build and the demo data too).
beforeAll(waitForSharedServer, E2E_READY_TIMEOUT_MS);

// The process's running job runner, if any: a settings save wakes it so the rollup rebuild starts
// at once. Kept apart from server-runner.ts so a server action pulls in no job handlers.

import "server-only";
import { processSingletons } from "../process-singletons";

/** Runs a pass of this process's job runner now (once it has started; its first pass plans the work anyway). */
export function wakeJobRunner(): void {
  processSingletons.jobRunner?.running?.wake();
}

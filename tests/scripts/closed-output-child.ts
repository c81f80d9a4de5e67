// A process that logs as the app server does once Next runs: uncaught errors are logged, not fatal.
// With `guard` as its argument it ends through onClosedOutput, as scripts/lib/serve.ts does. It
// tells its parent, over IPC, how many lines it logged and how many uncaught errors it logged.
import { onClosedOutput } from "@/scripts/lib/closed-output";

const counts = { lines: 0, uncaught: 0 };
process.on("uncaughtException", (error) => {
  counts.uncaught++;
  console.error(error);
});
process.on("message", () => process.send?.(counts));
if (process.argv[2] === "guard") onClosedOutput(() => process.exit(141));
setInterval(() => {
  counts.lines++;
  console.log("still serving");
}, 20);

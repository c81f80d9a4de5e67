// `npm test` step one: the lint (`npm run lint`) and the type check (`tsc --noEmit`). Each keeps one
// core busy for most of a minute, so they run side by side; each one's output is printed whole
// when it ends, and the step fails if either does.
import { spawn } from "node:child_process";

const CHECKS = [
  { name: "lint", command: "npm", args: ["run", "--silent", "lint"] },
  { name: "type check", command: "npx", args: ["tsc", "--noEmit"] },
];

function run({ name, command, args }: (typeof CHECKS)[number]): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${output}${name}: ${code === 0 ? "passed" : `failed (exit ${code})`} in ${seconds} s\n`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(CHECKS.map(run));
process.exit(results.every(Boolean) ? 0 : 1);

import { runCli } from "./run";

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  progress: process.stderr,
});
process.exit(code);

import { readdirSync } from "node:fs";
import path from "node:path";

/** Every file under `dir` (an absolute path), in every subfolder, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

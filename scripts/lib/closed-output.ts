// What the server does when the reader of its log goes away (the terminal closed, `npm start | head`,
// a supervisor that died). Next logs uncaught errors instead of exiting, and logging the failed
// write fails again: without this, the process spins at full CPU writing nothing, forever.

/** Calls `end` once, on the first EPIPE of stdout or stderr; other write errors stay uncaught as before. */
export function onClosedOutput(end: () => void): void {
  let ended = false;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      if (ended) return;
      ended = true;
      end();
    });
  }
}

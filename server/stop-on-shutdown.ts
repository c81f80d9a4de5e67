import "server-only";

/** Stops a background loop when the process is told to end (SIGTERM from a supervisor, SIGINT from a terminal). */
export function stopOnShutdown(loop: { stop(): Promise<void> }): void {
  const stop = () => void loop.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

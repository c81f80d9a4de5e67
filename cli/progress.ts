const WIDTH = 30;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A one-line progress bar on stream (stderr), redrawn at most every 100 ms; silent unless stream is a terminal. */
export function progressBar(label: string, stream: NodeJS.WriteStream | undefined): { update(done: number, total: number, rows: number): void; finish(): void } {
  const tty = stream?.isTTY === true;
  let last = 0;
  return {
    update(done, total, rows) {
      if (!tty || Date.now() - last < 100) return;
      last = Date.now();
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * WIDTH);
      const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
      stream!.write(
        `\r${label} ${bar} ${(ratio * 100).toFixed(0).padStart(3)}%  ${megabytes(done)} / ${megabytes(total)}  ${rows.toLocaleString("en")} rows`,
      );
    },
    finish() {
      if (tty) stream!.write("\r\x1b[2K");
    },
  };
}

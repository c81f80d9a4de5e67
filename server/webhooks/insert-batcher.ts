import "server-only";
import type { SqlRunner } from "@/db/client";
import { insertEvent, insertEvents, type NewEvent, type StoredEvent } from "@/db/webhooks/inbox";

// Group commit for the inbox: deliveries that reach their insert in the same turn of the event
// loop, or while earlier INSERTs are running, share one multi-row INSERT … ON CONFLICT DO NOTHING.
// Each delivery still gets its own answer (its id, or duplicate), and is answered only after its
// row is committed.

interface Waiting {
  event: NewEvent;
  resolve: (stored: StoredEvent) => void;
  reject: (error: unknown) => void;
}

const MAX_ROWS = 200;
// At most this many INSERTs at once: deliveries arriving meanwhile wait and go in the next one, so
// under load each statement carries more rows (fewer round trips and commits per delivery).
const MAX_IN_FLIGHT = 2;

export class InsertBatcher {
  private queue: Waiting[] = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(private readonly db: SqlRunner) {}

  insert(event: NewEvent): Promise<StoredEvent> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= MAX_IN_FLIGHT) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0 && this.inFlight < MAX_IN_FLIGHT) {
      this.inFlight++;
      void this.write(this.queue.splice(0, MAX_ROWS)).finally(() => {
        this.inFlight--;
        if (this.queue.length > 0) this.schedule();
      });
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    // The same event twice in one batch: the first is stored, the others are its duplicates.
    const first = new Map<string, Waiting>();
    const repeats: Waiting[] = [];
    for (const w of batch) {
      const key = `${w.event.orgId}\u0000${w.event.endpointId}\u0000${w.event.eventKey}`;
      if (first.has(key)) repeats.push(w);
      else first.set(key, w);
    }
    const unique = [...first.values()];
    try {
      const stored = unique.length === 1 ? [await insertEvent(this.db, unique[0]!.event)] : await insertEvents(this.db, unique.map((w) => w.event));
      unique.forEach((w, i) => w.resolve(stored[i]!));
      for (const w of repeats) w.resolve({ id: 0, duplicate: true });
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}

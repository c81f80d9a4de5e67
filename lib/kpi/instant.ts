// Instants are ISO-8601 UTC strings with up to microsecond precision (PostgreSQL's timestamptz).
// They are read to whole microseconds since the epoch — still exact in a JS number — so durations
// agree with the database to the microsecond.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z$/;

export const MICROS_PER_MINUTE = 60_000_000;
export const MICROS_PER_HOUR = 3_600_000_000;

/** Microseconds since 1970-01-01T00:00:00Z. */
export function instantMicros(instant: string): number {
  const m = INSTANT.exec(instant);
  if (!m) throw new RangeError(`expected an ISO timestamp in UTC, got "${instant}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return ms * 1000 + Number((m[7] ?? "").padEnd(6, "0"));
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      calendar: "gregory",
      numberingSystem: "latn",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const UTC_ZONES = new Set(["UTC", "Etc/UTC", "Etc/GMT", "GMT"]);

/**
 * The calendar date ("YYYY-MM-DD") of an instant in the given IANA time zone. A timestamp belongs
 * to a period when this local date lies in it. Microseconds are dropped first, which never moves a
 * date: days change on whole seconds.
 */
export function localDate(instant: string | Date, timeZone: string): string {
  const ms = typeof instant === "string" ? Math.floor(instantMicros(instant) / 1000) : instant.getTime();
  if (UTC_ZONES.has(timeZone)) return new Date(ms).toISOString().slice(0, 10);
  let year = "";
  let month = "";
  let day = "";
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

import { ImportError } from "../errors";

// A chunked CSV tokenizer (RFC 4180 plus what spreadsheets write). We do not use papaparse here:
// its core parser reports no line numbers, takes one fixed newline sequence per parse, and we need
// the exact physical line on which every record starts, across chunk boundaries, for error reports.
//
// - Records end at "\n" or "\r\n" (or at "\r" in files that use bare CR line ends throughout).
// - A field that starts with a quote runs to the closing quote; "" inside it is one quote; line
//   breaks inside it belong to the field (and are counted as physical lines). Text after the closing
//   quote, before the next delimiter, is kept as-is (lenient, like spreadsheets).
// - A quote inside an unquoted field is an ordinary character.
// - Physical lines are counted by the record separator in use ("\n", or "\r" in CR-only files).
//
// Fast path: a record with no quote before its line end is cut with String#split.

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A record longer than this means a quote that is never closed; stop before memory grows. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export interface CsvRecords {
  /** fields of each complete record, in order */
  rows: string[][];
  /** 1-based physical line on which each record starts */
  lines: number[];
  /** true for a record cut off by the end of the file inside a quoted field */
  unterminated: boolean[];
}

export class CsvTokenizer {
  private rest = "";
  private line = 1;
  private sep = -1; // LF or CR, fixed on the first line break seen
  private readonly delim: string;
  private readonly delimCode: number;

  constructor(delimiter: string) {
    this.delim = delimiter;
    this.delimCode = delimiter.charCodeAt(0);
  }

  /** Tokenizes the next piece of text; with `final` the end of the input ends the last record. */
  feed(piece: string, final: boolean): CsvRecords {
    const text = this.rest.length > 0 ? this.rest + piece : piece;
    this.rest = "";
    const out: CsvRecords = { rows: [], lines: [], unterminated: [] };
    if (this.sep < 0) this.sep = pickSeparator(text, final);
    if (this.sep < 0) {
      // no line break yet: wait for more text unless this is all there is
      if (final && text.length > 0) this.slowRecord(text, 0, true, out);
      else this.keep(text);
      return out;
    }
    const len = text.length;
    const sepChar = String.fromCharCode(this.sep);
    const lf = this.sep === LF;
    let pos = 0;
    let nextQuote = -2; // -2: not searched yet; -1: none in the rest of the text
    while (pos < len) {
      let eol = text.indexOf(sepChar, pos);
      if (eol < 0) {
        if (!final) break;
        eol = len;
      }
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      if (nextQuote === -1 || nextQuote > eol) {
        const end = lf && eol > pos && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
        out.rows.push(text.slice(pos, end).split(this.delim));
        out.lines.push(this.line);
        out.unterminated.push(false);
        this.line++;
        pos = eol + 1;
        continue;
      }
      const next = this.slowRecord(text, pos, final, out);
      if (next < 0) break;
      pos = next;
    }
    if (pos < len) this.keep(text.slice(pos));
    return out;
  }

  private keep(rest: string): void {
    if (rest.length > MAX_RECORD_CHARS) {
      throw new ImportError("bad_file", `line ${this.line}: a record is longer than 16 MB — probably a quote that is never closed`);
    }
    this.rest = rest;
  }

  /** Reads one record that contains a quote; returns the position after it, or -1 if it is incomplete. */
  private slowRecord(text: string, start: number, final: boolean, out: CsvRecords): number {
    const len = text.length;
    const sep = this.sep < 0 ? LF : this.sep;
    const lf = sep === LF;
    const startLine = this.line;
    let lines = 0;
    const fields: string[] = [];
    let i = start;
    for (;;) {
      let value = "";
      if (i < len && text.charCodeAt(i) === QUOTE) {
        i++;
        let segment = i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0 || (q + 1 >= len && !final)) {
            if (!final) return -1;
            // the file ends inside a quoted field
            value += text.slice(segment);
            lines += countChar(text, sep, segment, len);
            fields.push(value);
            this.pushRecord(out, fields, startLine, true);
            this.line = startLine + lines + 1;
            return len;
          }
          lines += countChar(text, sep, i, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(segment, q + 1);
            i = q + 2;
            segment = i;
            continue;
          }
          value += text.slice(segment, q);
          i = q + 1;
          break;
        }
      }
      // unquoted field, or the tail after a closing quote: up to the delimiter or the line end
      let stop = i;
      while (stop < len) {
        const c = text.charCodeAt(stop);
        if (c === this.delimCode || c === sep) break;
        stop++;
      }
      if (stop >= len && !final) return -1;
      const atEol = stop >= len || text.charCodeAt(stop) === sep;
      const tailEnd = atEol && lf && stop > i && text.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
      fields.push(value + text.slice(i, tailEnd));
      if (!atEol) {
        i = stop + 1;
        continue;
      }
      this.pushRecord(out, fields, startLine, false);
      this.line = startLine + lines + 1;
      return stop + 1;
    }
  }

  private pushRecord(out: CsvRecords, fields: string[], line: number, unterminated: boolean): void {
    out.rows.push(fields);
    out.lines.push(line);
    out.unterminated.push(unterminated);
  }
}

function countChar(text: string, code: number, from: number, to: number): number {
  const ch = String.fromCharCode(code);
  let n = 0;
  for (let i = text.indexOf(ch, from); i >= 0 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** LF unless the first line break in the text is a bare CR; -1 while no line break has been seen. */
function pickSeparator(text: string, final: boolean): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return LF;
    if (c === CR) {
      if (i + 1 < text.length) return text.charCodeAt(i + 1) === LF ? LF : CR;
      return final ? CR : -1;
    }
  }
  return final ? LF : -1;
}

/** Tokenizes a whole string at once (tests and the import preview). */
export function tokenize(text: string, delimiter: string, final = true): CsvRecords {
  return new CsvTokenizer(delimiter).feed(text, final);
}

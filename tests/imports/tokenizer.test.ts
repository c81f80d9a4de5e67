import { describe, expect, it } from "vitest";
import { CsvTokenizer, tokenize, type CsvRecords } from "@/lib/imports/csv/tokenizer";

/** Feeds the text in pieces of `size` characters and collects every record. */
function inPieces(text: string, delimiter: string, size: number): CsvRecords {
  const tokenizer = new CsvTokenizer(delimiter);
  const all: CsvRecords = { rows: [], lines: [], unterminated: [] };
  const add = (r: CsvRecords) => {
    all.rows.push(...r.rows);
    all.lines.push(...r.lines);
    all.unterminated.push(...r.unterminated);
  };
  for (let at = 0; at < text.length; at += size) add(tokenizer.feed(text.slice(at, at + size), false));
  add(tokenizer.feed("", true));
  return all;
}

describe("CSV tokenizer", () => {
  it("splits plain records and strips CR before LF", () => {
    expect(tokenize("a,b,c\r\n1,2,3\r\n", ",").rows).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
    expect(tokenize("a;b\n1;2", ";").rows).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    const text = 'id,note\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,"crlf\r\ninside"\r\n';
    const r = tokenize(text, ",");
    expect(r.rows).toEqual([["id", "note"], ["1", "a, b"], ["2", 'say "hi"'], ["3", "two\nlines"], ["4", "crlf\r\ninside"]]);
    // the line each record starts on: 3 spans lines 4-5, 4 spans lines 6-7
    expect(r.lines).toEqual([1, 2, 3, 4, 6]);
  });

  it("counts blank lines and keeps counting after multi-line records", () => {
    const text = 'h1,h2\n\n"x\n\n\ny",1\n\nz,2\n';
    const r = tokenize(text, ",");
    expect(r.rows).toEqual([["h1", "h2"], [""], ["x\n\n\ny", "1"], [""], ["z", "2"]]);
    expect(r.lines).toEqual([1, 2, 3, 7, 8]);
  });

  it("treats a quote inside an unquoted field as text and keeps text after a closing quote", () => {
    expect(tokenize('a,5" disk,c\n"ab"cd,e\n', ",").rows).toEqual([["a", '5" disk', "c"], ["abcd", "e"]]);
  });

  it("reads files with bare CR line ends", () => {
    const r = tokenize('a,b\r1,"x\ry"\r2,z\r', ",");
    expect(r.rows).toEqual([["a", "b"], ["1", "x\ry"], ["2", "z"]]);
    expect(r.lines).toEqual([1, 2, 4]);
  });

  it("ends the last record at the end of the input, and flags a quote never closed", () => {
    expect(tokenize("a,b\n1,2", ",").rows).toEqual([["a", "b"], ["1", "2"]]);
    const r = tokenize('a,b\n1,"never\nclosed', ",");
    expect(r.rows).toEqual([["a", "b"], ["1", "never\nclosed"]]);
    expect(r.unterminated).toEqual([false, true]);
  });

  it("holds back an incomplete record until more text (or the end) comes", () => {
    const t = new CsvTokenizer(",");
    expect(t.feed('a,b\n1,"open', false).rows).toEqual([["a", "b"]]);
    expect(t.feed(' still"\n2,', false).rows).toEqual([["1", "open still"]]);
    const last = t.feed("x", true);
    expect(last.rows).toEqual([["2", "x"]]);
    expect(last.lines).toEqual([3]);
  });

  it("gives identical records and lines whatever the piece size", () => {
    const text = 'id,note,n\r\n1,"a,\r\nb ""q""",2\r\n\r\n2,plain,3\r\n3,"x""",4\r\n4,"",\r\n5,last,"6"';
    const whole = tokenize(text, ",");
    expect(whole.lines).toEqual([1, 2, 4, 5, 6, 7, 8]); // line 4 is the blank record
    for (const size of [1, 2, 3, 7, 13]) expect(inPieces(text, ",", size), `piece size ${size}`).toEqual(whole);
  });
});

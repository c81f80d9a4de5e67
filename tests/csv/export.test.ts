import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/lib/csv/export";

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends, ending in CRLF", () => {
    expect(toCsv(["Client", "MRR"], [["Acme", 1200.5], ["Globex", 99]])).toBe("Client,MRR\r\nAcme,1200.5\r\nGlobex,99\r\n");
  });

  it("writes only the header for no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\r\n");
  });

  it("prefixes a UTF-8 BOM when asked, so Excel reads umlauts", () => {
    const csv = toCsv(["Kunde"], [["Müller GmbH"]], { bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("Kunde\r\nMüller GmbH\r\n");
    expect(toCsv(["x"], []).charCodeAt(0)).not.toBe(0xfeff);
  });

  it("quotes fields holding a comma, a quote or a line break, doubling the quotes (RFC 4180)", () => {
    expect(toCsv(["name"], [["Smith, John"], ['Say "hi"'], ["two\nlines"], ["cr\rhere"], ["crlf\r\nhere"]])).toBe(
      'name\r\n"Smith, John"\r\n"Say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\n"crlf\r\nhere"\r\n',
    );
  });

  it("quotes on the chosen delimiter only", () => {
    expect(toCsv(["a", "b"], [["1,5", "x;y"]], { delimiter: ";" })).toBe('a;b\r\n1,5;"x;y"\r\n');
  });

  it("writes null and undefined as empty fields, booleans, bigints and dates as text", () => {
    const when = new Date("2026-03-01T12:00:00Z");
    expect(toCsv(["a", "b", "c", "d", "e"], [[null, undefined, true, 10n, when]])).toBe(
      "a,b,c,d,e\r\n,,true,10,2026-03-01T12:00:00.000Z\r\n",
    );
  });

  it("writes non-finite numbers as empty fields", () => {
    expect(toCsv(["a", "b"], [[Number.NaN, Number.POSITIVE_INFINITY]])).toBe("a,b\r\n,\r\n");
  });
});

describe("formula-injection escaping", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+49 30 1234567", "'+49 30 1234567"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tleading tab", "'\tleading tab"],
    ["-", "'-"],
  ])("prefixes %j with an apostrophe", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("escapes then quotes a formula that also needs quoting", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField("\rboom")).toBe('"\'\rboom"');
  });

  it("leaves plain negative numbers as numbers, whether number or numeric text", () => {
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField("-12.5")).toBe("-12.5");
    expect(csvField("-3")).toBe("-3");
    expect(csvField("-1e-7")).toBe("-1e-7");
    expect(toCsv(["delta"], [[-12.5], ["-0.25"]])).toBe("delta\r\n-12.5\r\n-0.25\r\n");
  });

  it("does not touch formula characters in the middle of a cell", () => {
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("user@example.com")).toBe("user@example.com");
    expect(csvField("2026-03-01")).toBe("2026-03-01");
  });

  it("escapes header cells too", () => {
    expect(toCsv(["=evil"], [])).toBe("'=evil\r\n");
  });
});

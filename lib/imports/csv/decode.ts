import type { Encoding } from "../options";

// Streaming decoders. UTF-8 uses TextDecoder in stream mode, which keeps a multi-byte character
// split across two chunks and drops a leading BOM. Windows-1252 is decoded by hand: Node's
// TextDecoder("windows-1252") decodes 0x80–0x9F as C1 controls (ISO-8859-1) instead of € „ … ™.

const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export interface TextChunkDecoder {
  /** Decodes the next chunk; call with no argument at the end to flush. */
  decode(chunk?: Uint8Array): string;
}

const C1 = /[\u0080-\u009f]/g;
const fromC1 = (c: string) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!);

function windows1252(): TextChunkDecoder {
  // A single-byte encoding needs no state between chunks.
  const decoder = new TextDecoder("windows-1252");
  return {
    decode(chunk) {
      if (!chunk) return "";
      const text = decoder.decode(chunk);
      C1.lastIndex = 0;
      return C1.test(text) ? text.replace(C1, fromC1) : text;
    },
  };
}

export function createDecoder(encoding: Encoding): TextChunkDecoder {
  if (encoding === "windows-1252") return windows1252();
  const decoder = new TextDecoder("utf-8");
  return { decode: (chunk) => (chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode()) };
}

/**
 * Guesses the encoding of the first bytes of a file: a UTF-8 BOM or bytes that are valid UTF-8 mean
 * UTF-8, anything else is read as Windows-1252 (what Excel writes on western Windows). A UTF-16
 * BOM returns null: such files must be saved again as CSV.
 */
export function detectEncoding(sample: Uint8Array): Encoding | null {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return "utf-8";
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return null;
  try {
    // stream: true so that a character cut off at the end of the sample is not an error
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

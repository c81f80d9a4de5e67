// Text columns sort in natural order ("Client 2" before "Client 10"), ignoring case and the accents
// of Latin letters, the same in the browser as in SQL on PGlite and PostgreSQL. PGlite has no ICU
// collations, so both sides compare a sort key by code point (collation "C" in SQL): ASCII lowered,
// accented letters folded to their base letter, every run of digits left-padded to DIGITS digits.

/** Accented Latin letters and, at the same positions, the letters they sort as. */
export const ACCENTED = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ";
export const UNACCENTED = "aaaaaaceeeeiiiinoooooouuuuyysaaaaaaceeeeiiiinoooooouuuuy";
/** Numbers of up to this many digits compare by value. */
export const DIGITS = 20;

const FOLD = new Map([...ACCENTED].map((c, i) => [c, UNACCENTED[i]!]));
const PADDING = "0".repeat(DIGITS);
const PADDED = new RegExp(`0*([0-9]{${DIGITS}})`, "g");

/** The key a text sorts by: naturalSortKey("Client 2") < naturalSortKey("client 10"). */
export function naturalSortKey(text: string): string {
  const folded = text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[\u0080-\uffff]/g, (c) => FOLD.get(c) ?? c);
  return folded.replace(/[0-9]+/g, (digits) => PADDING + digits).replace(PADDED, "$1");
}

/** Orders two texts by their natural sort keys, by code point like collation "C". */
export function compareNatural(a: string, b: string): number {
  const [x, y] = [naturalSortKey(a), naturalSortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

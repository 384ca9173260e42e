/**
 * Columns of non-negative integers packed into JSON strings that gzip close to their entropy
 * (the first-view reference's populations, areas and code gaps). Pure, no DOM.
 *
 * A value v is written as its magnitude class, one character, and its low bits: v < 4 is its
 * own class, without bits; otherwise, n being its bit length (3 to 32), the class is
 * 4 + 2 (n − 3) + the bit after the leading 1, and the n − 2 bits below follow. The classes
 * form one string, which gzip's Huffman coding brings down to a few bits per value; the low
 * bits another, six per character, which gzip keeps at six bits (they are nearly random).
 * Decimal text spends more: ten digits, commas, and the leading digits mixed with the others.
 * Integers below 64 can also go one character each (`packSmall`).
 */

/** A column of integers: one class character per value, the values' low bits six per character. */
export interface PackedNaturals {
  classes: string;
  bits: string;
}

/** The 64 digits (base64url: nothing to escape in JSON). */
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

/** Largest value a column holds (32 bits, the last class). */
export const MAX_PACKED = 2 ** 32 - 1;

const unreadable = (why: string) => new Error(`Colonne d'entiers illisible (${why}) : relancez « npm run web-data »`);

function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const digit = code < 128 ? DIGIT_VALUE[code]! : -1;
  if (digit < 0) throw unreadable(at < text.length ? `caractère « ${text[at]!} »` : "trop courte");
  return digit;
}

/** Packs integers 0 ≤ v ≤ MAX_PACKED; throws on anything else. */
export function packNaturals(values: readonly number[]): PackedNaturals {
  const classes: string[] = [];
  const bits: string[] = [];
  let pending = 0;
  let pendingCount = 0;
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0 || value > MAX_PACKED) throw new RangeError(`Entier hors de la plage 0 à ${MAX_PACKED} : ${value}`);
    if (value < 4) {
      classes.push(DIGITS[value]!);
      continue;
    }
    const length = 32 - Math.clz32(value);
    const low = length - 2;
    const below = 2 ** low;
    const top = Math.floor(value / below) - 2;
    classes.push(DIGITS[4 + 2 * (length - 3) + top]!);
    const rest = value - (2 + top) * below;
    for (let b = low - 1; b >= 0; b--) {
      pending = pending * 2 + (Math.floor(rest / 2 ** b) % 2);
      if (++pendingCount === 6) {
        bits.push(DIGITS[pending]!);
        pending = 0;
        pendingCount = 0;
      }
    }
  }
  if (pendingCount > 0) bits.push(DIGITS[pending * 2 ** (6 - pendingCount)]!);
  return { classes: classes.join(""), bits: bits.join("") };
}

/** The integers of a packed column; throws (in French) on a damaged one. */
export function unpackNaturals(packed: PackedNaturals): Float64Array {
  const { classes, bits } = packed;
  const values = new Float64Array(classes.length);
  let at = 0;
  let digit = 0;
  let unread = 0;
  for (let i = 0; i < classes.length; i++) {
    const magnitude = digitAt(classes, i);
    if (magnitude < 4) {
      values[i] = magnitude;
      continue;
    }
    let need = ((magnitude - 4) >> 1) + 1;
    let value = 2 + (magnitude & 1);
    while (need > 0) {
      if (unread === 0) {
        digit = digitAt(bits, at++);
        unread = 6;
      }
      const take = need < unread ? need : unread;
      unread -= take;
      need -= take;
      value = value * (1 << take) + ((digit >> unread) & ((1 << take) - 1));
    }
    values[i] = value;
  }
  if (at !== bits.length) throw unreadable("trop longue");
  return values;
}

/** Packs integers 0 ≤ v < 64, one character each; throws on anything else. */
export function packSmall(values: readonly number[]): string {
  return values
    .map((value) => {
      if (!Number.isInteger(value) || value < 0 || value >= DIGITS.length) throw new RangeError(`Entier hors de la plage 0 à ${DIGITS.length - 1} : ${value}`);
      return DIGITS[value]!;
    })
    .join("");
}

/** The integers of `packSmall`; throws (in French) on a damaged string. */
export function unpackSmall(text: string): Uint8Array {
  const values = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) values[i] = digitAt(text, i);
  return values;
}

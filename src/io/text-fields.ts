/**
 * Text fields as every reader takes them (project files, tables, GeoJSON properties, forms
 * through the project validation): characters that change how a text shows without being
 * seen are taken out, and a text too long is cut, each with a French warning saying so.
 * Bidi overrides (U+202E turns « Anne Martin » around), zero-width characters (two names
 * that look the same but differ) and control characters could make one name pass for
 * another; a name of 200,000 characters froze the hover, the details and the print.
 */
import { formatCount } from "./import-limits.ts";

/** 200 characters: names, ids, contacts. */
export const MAX_NAME_CHARS = 200;

/** 10,000 characters: longer texts (the project's warning, a cell of several contacts). */
export const MAX_TEXT_CHARS = 10_000;

/**
 * Invisible format characters (Unicode Cf: bidi embeddings, overrides and isolates, zero
 * width spaces and joiners, soft hyphen, byte order mark, tag characters), control
 * characters (Cc) but tab and line breaks, and the line and paragraph separators.
 */
const HIDDEN_CLASS = "[\\p{Cf}\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029]";
const HIDDEN = new RegExp(HIDDEN_CLASS, "u");
const ALL_HIDDEN = new RegExp(HIDDEN_CLASS, "gu");

export interface CleanedText {
  text: string;
  /** The characters taken out, as U+XXXX, each once. */
  removed: string[];
  /** The length before the cut, when the text was cut. */
  cutFrom?: number;
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** `text` without hidden characters, cut to `max` characters (never in the middle of a surrogate pair). */
export function cleanText(text: string, max: number): CleanedText {
  let removed: string[] = [];
  let clean = text;
  if (HIDDEN.test(text)) {
    removed = [...new Set(text.match(ALL_HIDDEN)!.map(codePoint))];
    clean = text.replace(ALL_HIDDEN, "");
  }
  if (clean.length <= max) return { text: clean, removed };
  const end = /[\uD800-\uDBFF]/.test(clean.charAt(max - 1)) ? max - 1 : max;
  return { text: clean.slice(0, end), removed, cutFrom: clean.length };
}

/** The French warnings for what `cleanText` did (none when the text was kept as is). */
export function describeCleaning(cleaned: CleanedText, max: number): string[] {
  const warnings: string[] = [];
  if (cleaned.removed.length > 0) {
    const shown = cleaned.removed.slice(0, 5).join(", ") + (cleaned.removed.length > 5 ? "…" : "");
    warnings.push(`caractères invisibles ou de contrôle retirés (${shown}) : ils changent l'affichage d'un texte sans se voir et pourraient faire passer un nom pour un autre`);
  }
  if (cleaned.cutFrom !== undefined) warnings.push(`texte de ${formatCount(cleaned.cutFrom)} caractères coupé à ${formatCount(max)} caractères`);
  return warnings;
}

/** A text as a problem quotes it: at most 60 characters, so that a problem about a huge cell stays small. */
export const quotedValue = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

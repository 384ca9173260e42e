/**
 * Typed reading of a parsed JSON document, field by field, collecting problems (with their
 * path in the document, in French) instead of throwing. A reader returns undefined for a
 * value it could not accept, after recording why.
 */
import type { ImportIssue } from "./import-result.ts";
import { cleanText, describeCleaning, MAX_NAME_CHARS } from "./text-fields.ts";

export type JsonObject = Record<string, unknown>;

/**
 * JSON text of a parsed value when it takes at most `max` characters, else undefined.
 * Stops as soon as the text is too long, so a huge or deeply nested value costs little
 * and cannot overflow the stack (each level of nesting takes two characters).
 */
function shortJson(value: unknown, max: number): string | undefined {
  if (max < 2) return undefined;
  if (Array.isArray(value) || isObject(value)) {
    const array = Array.isArray(value);
    let text = array ? "[" : "{";
    for (const [key, item] of array ? value.entries() : Object.entries(value)) {
      const head = (text.length > 1 ? "," : "") + (array ? "" : `${JSON.stringify(key)}:`);
      const part = shortJson(item, max - text.length - head.length - 1);
      if (part === undefined) return undefined;
      text += head + part;
    }
    return `${text}${array ? "]" : "}"}`;
  }
  if (typeof value === "string" && value.length > max) return undefined;
  const json = JSON.stringify(value);
  return json !== undefined && json.length <= max ? json : undefined;
}

/** How a value found in the file is quoted in a message: "abc", 12, null, un tableau… */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return shortJson(value, 40) ?? "un tableau";
  if (typeof value === "object") return "un objet";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return String(value);
}

export const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text);
}

export class FieldReader {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];

  error(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  /** Warns about fields the format does not know; they are dropped. */
  ignoreUnknownFields(object: JsonObject, path: string, known: readonly string[]): void {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) this.warn(join(path, key), "champ inconnu, ignoré");
    }
  }

  object(value: unknown, path: string): JsonObject | undefined {
    return isObject(value) ? value : this.error(path, `objet attendu, trouvé ${describeValue(value)}`);
  }

  /** An array field; missing is an error unless `optional`. */
  array(object: JsonObject, key: string, path: string, optional = false): unknown[] | undefined {
    const value = object[key];
    if (value === undefined) return optional ? undefined : this.error(join(path, key), "champ obligatoire manquant (liste attendue)");
    return Array.isArray(value) ? value : this.error(join(path, key), `liste attendue, trouvé ${describeValue(value)}`);
  }

  /**
   * A non-empty text field (trimmed, hidden characters taken out, cut to `max` characters:
   * see text-fields.ts, each change warned); missing is an error unless `optional`.
   */
  string(object: JsonObject, key: string, path: string, optional = false, max = MAX_NAME_CHARS): string | undefined {
    const value = object[key];
    const at = join(path, key);
    if (value === undefined) return optional ? undefined : this.error(at, "champ obligatoire manquant");
    if (typeof value !== "string") return this.error(at, `texte attendu, trouvé ${describeValue(value)}`);
    const cleaned = cleanText(value, max);
    for (const warning of describeCleaning(cleaned, max)) this.warn(at, warning);
    const text = cleaned.text.trim();
    return text === "" ? this.error(at, "texte vide") : text;
  }

  /** A finite number ≥ `min`; missing is an error unless `optional`. */
  number(object: JsonObject, key: string, path: string, min: number, optional = false): number | undefined {
    const value = object[key];
    const at = join(path, key);
    if (value === undefined) return optional ? undefined : this.error(at, "champ obligatoire manquant (nombre attendu)");
    if (typeof value !== "number" || !Number.isFinite(value)) return this.error(at, `nombre attendu, trouvé ${describeValue(value)}`);
    return value < min ? this.error(at, `nombre supérieur ou égal à ${min} attendu, trouvé ${value}`) : value;
  }

  /** true or false; missing is an error when not `optional`. */
  boolean(object: JsonObject, key: string, path: string, optional = true): boolean | undefined {
    const value = object[key];
    if (value === undefined) return optional ? undefined : this.error(join(path, key), "champ obligatoire manquant (true ou false)");
    return typeof value === "boolean" ? value : this.error(join(path, key), `true ou false attendu, trouvé ${describeValue(value)}`);
  }

  /** One of `values`; missing is an error. */
  oneOf<T extends string>(object: JsonObject, key: string, path: string, values: readonly T[]): T | undefined {
    const text = this.string(object, key, path);
    if (text === undefined) return undefined;
    if ((values as readonly string[]).includes(text)) return text as T;
    return this.error(join(path, key), `valeur inconnue ${describeValue(text)} ; valeurs possibles : ${values.join(", ")}`);
  }

  /** A date YYYY-MM-DD; missing is an error unless `optional`. */
  date(object: JsonObject, key: string, path: string, optional = false): string | undefined {
    const text = this.string(object, key, path, optional);
    if (text === undefined || isIsoDate(text)) return text;
    return this.error(join(path, key), `date au format AAAA-MM-JJ attendue, trouvé ${describeValue(text)}`);
  }
}

/**
 * `facilitateurs[3]` + `etp` → `facilitateurs[3].etp`; numbers become indices. A field name
 * that would not read as one (empty, or with dots, brackets or spaces) is quoted: `a[""]`.
 */
export function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  if (!/^[\p{L}\p{N}_$-]+$/u.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

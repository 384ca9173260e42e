/**
 * JSON text to a value, with syntax errors located by line and column and explained in
 * French. Engines word (and place) their errors differently, so on failure a small
 * scanner of the JSON grammar finds the first error itself.
 */
import type { ImportIssue } from "./import-result.ts";

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: ImportIssue };

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** A JSON number, matched where the scanner stands (sticky), however long. */
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

const shown = (text: string, at: number) => (at < text.length ? `« ${text[at]} »` : "la fin du fichier");

/**
 * Walks the JSON grammar and throws a SyntaxProblem at the first error. Iterative (a stack
 * of the open brackets), so that no nesting depth can overflow the call stack.
 */
class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  check(): void {
    const closers: ("}" | "]")[] = [];
    for (;;) {
      // A value is expected here.
      this.spaces();
      const char = this.text[this.at];
      if (char === "{") {
        this.at++;
        if (!this.take("}")) {
          this.key();
          closers.push("}");
          continue;
        }
      } else if (char === "[") {
        this.at++;
        if (!this.take("]")) {
          closers.push("]");
          continue;
        }
      } else if (char === '"') this.string();
      else if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) this.number();
      else if (char === "t" || char === "f" || char === "n") this.literal();
      else this.fail(`valeur attendue, trouvé ${shown(this.text, this.at)}`);
      // After a value: close what it ends, until a comma calls for the next value.
      for (;;) {
        const closer = closers[closers.length - 1];
        if (closer === undefined) {
          this.spaces();
          if (this.at < this.text.length) this.fail(`contenu inattendu après la fin du document : ${shown(this.text, this.at)}`);
          return;
        }
        if (this.take(",")) {
          if (closer === "}") this.key();
          break;
        }
        if (!this.take(closer)) this.fail(`« , » ou « ${closer} » attendu, trouvé ${shown(this.text, this.at)}`);
        closers.pop();
      }
    }
  }

  private fail(message: string): never {
    throw new SyntaxProblem(this.at, message);
  }

  private spaces(): void {
    while (this.at < this.text.length && " \t\n\r".includes(this.text[this.at]!)) this.at++;
  }

  private expect(char: string, context: string): void {
    this.spaces();
    if (this.text[this.at] !== char) this.fail(`« ${char} » attendu ${context}, trouvé ${shown(this.text, this.at)}`);
    this.at++;
  }

  /** A field name and its colon. */
  private key(): void {
    this.spaces();
    if (this.text[this.at] !== '"') this.fail(`nom de champ entre guillemets attendu, trouvé ${shown(this.text, this.at)}`);
    this.string();
    this.expect(":", "après le nom du champ");
  }

  /** Steps over `char` if it is next (after spaces). */
  private take(char: string): boolean {
    this.spaces();
    if (this.text[this.at] !== char) return false;
    this.at++;
    return true;
  }

  private string(): void {
    this.at++;
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) this.fail("texte non terminé : guillemet fermant manquant");
      if (char === '"') break;
      if (char < " ") this.fail("caractère de contrôle (retour à la ligne, tabulation…) dans un texte : écrivez-le \\n ou \\t");
      if (char !== "\\") {
        this.at++;
        continue;
      }
      const escape = this.text[this.at + 1];
      if (escape === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.fail("séquence « \\u » invalide : quatre chiffres hexadécimaux attendus");
        this.at += 6;
      } else {
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) this.fail(`séquence d'échappement invalide « \\${escape ?? ""} »`);
        this.at += 2;
      }
    }
    this.at++;
  }

  private number(): void {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail(`nombre invalide, trouvé ${shown(this.text, this.at)}`);
    this.at += match[0].length;
    const next = this.text[this.at];
    if (next !== undefined && /[0-9.eE]/.test(next)) this.fail(`nombre invalide (zéro initial, point ou exposant mal placé) : ${shown(this.text, this.at)}`);
  }

  private literal(): void {
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.fail(`valeur attendue (true, false, null, un nombre, un texte, un objet ou un tableau), trouvé ${shown(this.text, this.at)}`);
  }
}

/** 1-based line and column of an offset (column in characters). */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/** Parses JSON text (a leading byte order mark is allowed); never throws. */
export function parseJsonText(raw: string): JsonParseResult {
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (engineError) {
    try {
      new Scanner(text).check();
    } catch (problem) {
      // The scanner finds every error the engine finds; should it ever not, the engine's message is the fallback.
      if (problem instanceof SyntaxProblem) {
        const { line, column } = position(text, problem.offset);
        return { ok: false, error: { path: `ligne ${line}, colonne ${column}`, message: `JSON invalide : ${problem.message}` } };
      }
    }
    return { ok: false, error: { path: "", message: `JSON invalide : ${String(engineError)}` } };
  }
}

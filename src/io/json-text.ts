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

const shown = (text: string, at: number) => (at < text.length ? `« ${text[at]} »` : "la fin du fichier");

/** Walks the JSON grammar and throws a SyntaxProblem at the first error. */
class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  check(): void {
    this.value();
    this.spaces();
    if (this.at < this.text.length) this.fail(`contenu inattendu après la fin du document : ${shown(this.text, this.at)}`);
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

  private value(): void {
    this.spaces();
    const char = this.text[this.at];
    if (char === "{") this.object();
    else if (char === "[") this.array();
    else if (char === '"') this.string();
    else if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) this.number();
    else if (char === "t" || char === "f" || char === "n") this.literal();
    else this.fail(`valeur attendue, trouvé ${shown(this.text, this.at)}`);
  }

  /** Steps over `char` if it is next (after spaces). */
  private take(char: string): boolean {
    this.spaces();
    if (this.text[this.at] !== char) return false;
    this.at++;
    return true;
  }

  private object(): void {
    this.at++;
    if (this.take("}")) return;
    do {
      this.spaces();
      if (this.text[this.at] !== '"') this.fail(`nom de champ entre guillemets attendu, trouvé ${shown(this.text, this.at)}`);
      this.string();
      this.expect(":", "après le nom du champ");
      this.value();
    } while (this.take(","));
    if (!this.take("}")) this.fail(`« , » ou « } » attendu, trouvé ${shown(this.text, this.at)}`);
  }

  private array(): void {
    this.at++;
    if (this.take("]")) return;
    do this.value();
    while (this.take(","));
    if (!this.take("]")) this.fail(`« , » ou « ] » attendu, trouvé ${shown(this.text, this.at)}`);
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
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 400));
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
      // Anything else (a nesting too deep for the scanner's recursion) falls through to the engine's message.
      if (problem instanceof SyntaxProblem) {
        const { line, column } = position(text, problem.offset);
        return { ok: false, error: { path: `ligne ${line}, colonne ${column}`, message: `JSON invalide : ${problem.message}` } };
      }
    }
    return { ok: false, error: { path: "", message: `JSON invalide : ${String(engineError)}` } };
  }
}

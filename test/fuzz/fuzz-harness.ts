// Property-based fuzzing of the file readers: each target is thrown thousands of generated
// inputs and must never throw, always answering with a well-formed result. Adding a
// reader is one `fuzzReader({ … })` call in a test file; the generators below are shared.
import { relative } from "node:path";
import fc from "fast-check";
import { expect, it } from "vitest";

export interface FuzzTarget<Input> {
  /** Printed in the summary line `fuzz <name>: N inputs, 0 crashes`. */
  name: string;
  /** Generated inputs: mix the shared generators below with the format's own. */
  inputs: fc.Arbitrary<Input>;
  /** Fixed inputs tried on every run before the generated ones: extremes and regressions. */
  corpus?: readonly Input[];
  /** Reads one input (may be async, as the XLSX reader is). */
  read: (input: Input) => unknown;
  /** The reader's contract on one result: what is wrong with it, [] when it is well formed. */
  check: (result: unknown) => string[];
  /** Generated inputs per run (default 10,000; the FUZZ_RUNS variable overrides it). */
  runs?: number;
  /** A short text for an input in a crash report. */
  show?: (input: Input) => string;
  /** A label for a result (« accepté », « JSON invalide »…): the run prints how many of each, to show what the inputs reach. */
  classify?: (result: unknown) => string;
}

interface Crash {
  input: string;
  reason: string;
}

const preview = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} caractères)` : text);

function showInput(input: unknown): string {
  if (typeof input === "string") return preview(JSON.stringify(input));
  if (input instanceof Uint8Array) return `${input.length} octets : ${preview(Array.from(input.subarray(0, 100), (b) => b.toString(16).padStart(2, "0")).join(" "))}`;
  try {
    return preview(JSON.stringify(input) ?? String(input));
  } catch {
    return String(input);
  }
}

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Registers a test that reads the corpus, then `runs` generated inputs through fast-check's
 * runner: the first input that makes `target.read` throw or answer against `target.check`
 * (a crash) fails the property, and fast-check shrinks it to a smallest input that still
 * crashes. Prints the seed first, then how many results of each kind and
 * `fuzz <name>: N inputs, C crashes`; fails with the crashes, the seed and the path that
 * replay the smallest one. The seed is random unless FUZZ_SEED is set; FUZZ_PATH (with
 * FUZZ_SEED) replays one input of a failed run directly.
 */
export function fuzzReader<Input>(target: FuzzTarget<Input>): void {
  const runs = Number(process.env.FUZZ_RUNS ?? target.runs ?? 10_000);
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const path = process.env.FUZZ_PATH || undefined;
  const show = target.show ?? showInput;
  it(`${target.name} : ne lève jamais d'exception et rend toujours un résultat bien formé (${runs} entrées générées)`, async () => {
    console.log(`fuzz ${target.name}: graine ${seed}${path === undefined ? "" : `, chemin ${path}`} (FUZZ_SEED=${seed} pour rejouer)`);
    const outcomes = new Map<string, number>();
    // Counts the generated inputs up to the first crash, not the shrinking's retries.
    let counting = true;
    /** What is wrong with the reader's answer to `input` (at most 3 points), [] when nothing. */
    const problemsWith = async (input: Input): Promise<string[]> => {
      try {
        const result = await target.read(input);
        const label = target.classify?.(result);
        if (counting && label !== undefined) outcomes.set(label, (outcomes.get(label) ?? 0) + 1);
        return target.check(result).slice(0, 3);
      } catch (error) {
        return [`exception : ${errorText(error)}`];
      }
    };
    const crashes: Crash[] = [];
    for (const input of target.corpus ?? []) {
      const problems = await problemsWith(input);
      if (problems.length > 0) crashes.push({ input: show(input), reason: problems.join(" ; ") });
    }
    const details = await fc.check(
      fc.asyncProperty(target.inputs, async (input) => {
        const problems = await problemsWith(input);
        if (problems.length === 0) return;
        counting = false;
        throw new Error(problems.join(" ; "));
      }),
      { numRuns: runs, seed, ...(path !== undefined && { path }) },
    );
    let replay = "";
    if (details.failed) {
      const reason = details.errorInstance instanceof Error ? details.errorInstance.message : errorText(details.errorInstance);
      if (details.counterexample === null) crashes.push({ input: "(aucune)", reason: `fast-check : ${reason}` });
      else {
        crashes.push({ input: show(details.counterexample[0]), reason: `${reason} (entrée réduite en ${details.numShrinks} étape(s))` });
        const file = relative(process.cwd(), expect.getState().testPath ?? "test/fuzz");
        replay = `\nrejouer cette entrée : FUZZ_SEED=${seed} FUZZ_PATH=${details.counterexamplePath} node node_modules/vitest/vitest.mjs run --project fuzz ${file} -t "${escapeRegExp(target.name)} : "`;
      }
    }
    if (outcomes.size > 0) console.log(`  ${[...outcomes].sort((a, b) => b[1] - a[1]).map(([label, count]) => `${label}: ${count}`).join(", ")}`);
    console.log(`fuzz ${target.name}: ${(target.corpus?.length ?? 0) + details.numRuns} inputs, ${crashes.length} crashes`);
    const report = crashes.slice(0, 5).map((crash) => `- ${crash.reason}\n  entrée : ${crash.input}`);
    expect(crashes.length, `graine ${seed} (FUZZ_SEED=${seed} pour rejouer) :\n${report.join("\n")}${replay}`).toBe(0);
  });
}

/** A problem as readers report it: a French message and where it is in the file. */
export interface LocatedProblem {
  path?: unknown;
  message?: unknown;
}

/** Breaks of the contract by one problem: a non-empty message and a non-empty location. */
export function checkProblem(problem: LocatedProblem, where: string, hasLocation: (problem: LocatedProblem) => boolean): string[] {
  const broken: string[] = [];
  if (typeof problem.message !== "string" || problem.message.trim() === "") broken.push(`${where} : message vide`);
  else if (/^(SyntaxError|TypeError|RangeError|Error)\b|Unexpected token|is not valid JSON|Maximum call stack/.test(problem.message)) {
    broken.push(`${where} : message du moteur JavaScript, pas en français : ${problem.message}`);
  }
  if (!hasLocation(problem)) broken.push(`${where} : sans emplacement (${JSON.stringify(problem).slice(0, 200)})`);
  return broken;
}

// ---------------------------------------------------------------------------------------
// Shared generators.

/** Any text: random code points, random bytes read as UTF-8 or Latin-1, control characters. */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder("utf-8").decode(bytes)),
    fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder("latin1").decode(bytes)),
    fc.string({ unit: fc.constantFrom("{", "}", "[", "]", '"', ":", ",", "\\", "u", "0", "-", "e", ".", " ", "\n", "t", "n", "\uFEFF", "\u0000"), maxLength: 100 }),
  );
}

/** Values of every JSON type, including awkward ones, to put where another type is expected. */
export function wrongValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, "", "   ", "\u0000", "NaN", "Infinity", "-1", "1e400", "__proto__", "constructor", "toString", "hasOwnProperty", [], {}, [[]], [null]),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

/** Text of JSON documents of any shape (valid JSON, mostly not a project). */
export function anyJsonText(): fc.Arbitrary<string> {
  return fc.oneof(fc.json({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value, null, 2)));
}

/** `valid` cut at any point (an interrupted download or save). */
export function truncated(valid: string): fc.Arbitrary<string> {
  return fc.nat({ max: Math.max(0, valid.length - 1) }).map((end) => valid.slice(0, end));
}

/** `valid` with a few characters deleted, duplicated or replaced by JSON punctuation. */
export function corrupted(valid: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat({ max: Math.max(0, valid.length - 1) }), fc.constantFrom("", "{", "}", "[", "]", '"', ",", ":", "\\", "\n", "0", "é", "\uD800"), fc.nat({ max: 3 }));
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let text = valid;
    for (const [at, insert, remove] of edits) text = text.slice(0, Math.min(at, text.length)) + insert + text.slice(Math.min(at + remove, text.length));
    return text;
  });
}

/**
 * Nesting far deeper than any stack: `[[[…]]]`, `{"a":{"a":…}}`, unclosed or closed, alone or
 * as a field value of `wrap` (which receives the nested text). Depths up to 100,000.
 */
export function deepNesting(wrap: (nested: string) => string = (nested) => nested): fc.Arbitrary<string> {
  return fc
    .record({
      depth: fc.constantFrom(1_000, 10_000, 100_000),
      kind: fc.constantFrom("array", "object", "mixed"),
      closed: fc.boolean(),
    })
    .map(({ depth, kind, closed }) => {
      const open = kind === "array" ? "[" : kind === "object" ? '{"a":' : '[{"a":';
      const close = kind === "array" ? "]" : kind === "object" ? "}" : "}]";
      const repeat = kind === "mixed" ? depth / 2 : depth;
      return wrap(open.repeat(repeat) + (closed ? `1${close.repeat(repeat)}` : ""));
    });
}

/** Very long texts (up to 2 million characters), alone or as a field value of `wrap`. */
export function hugeString(wrap: (json: string) => string = (json) => json): fc.Arbitrary<string> {
  return fc
    .record({ length: fc.constantFrom(10_000, 200_000, 2_000_000), char: fc.constantFrom("a", "é", "<", "\\u0000", "9", " ") })
    .map(({ length, char }) => wrap(`"${char.repeat(char.length > 1 ? length / 6 : length)}"`));
}

/** Every path to a value in a JSON document, objects and arrays included (not the root). */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  return [];
}

type Mutation = { path: (string | number)[]; action: "replace" | "delete" | "duplicate" | "add-field"; value: unknown };

/** Applies mutations to a deep copy of `document`: replace, delete, duplicate in its list, or add a field beside. */
function mutate(document: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  for (const { path, action, value } of mutations) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = typeof parent === "object" && parent !== null ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (typeof parent !== "object" || parent === null) continue;
    const last = path[path.length - 1]!;
    const container = parent as Record<string | number, unknown>;
    // A copy: fast-check hands the same instance of a constant to every run, and a later
    // mutation inside this value must change this document only, never the constant.
    if (action === "replace") container[last] = structuredClone(value);
    else if (action === "delete") {
      if (Array.isArray(container) && typeof last === "number") container.splice(last, 1);
      else delete container[last];
    } else if (action === "duplicate" && Array.isArray(container) && typeof last === "number") container.splice(last, 0, structuredClone(container[last]));
    else if (action === "add-field" && !Array.isArray(container)) Object.defineProperty(container, typeof value === "string" ? value : "champInconnu", { value: 1, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

/**
 * A valid document with 1 to 5 mutations at any of its paths: a wrong value of any type
 * (`values`, default `wrongValue()`), a field removed, a record duplicated (same id), an
 * unknown field added (`__proto__` included).
 */
export function mutatedDocument(valid: unknown, values: fc.Arbitrary<unknown> = wrongValue()): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    path: fc.constantFrom(...paths),
    action: fc.constantFrom("replace", "replace", "replace", "delete", "duplicate", "add-field"),
    value: fc.oneof(values, fc.constantFrom("__proto__", "constructor", "champ inconnu")),
  });
  return fc.array(mutation, { minLength: 1, maxLength: 5 }).map((mutations) => mutate(valid, mutations));
}

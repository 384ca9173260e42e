// Property-based fuzzing of the file readers: each target is thrown thousands of generated
// inputs and must never throw, always answering with a well-formed result. Adding a
// reader is one `fuzzReader({ … })` call in a test file; the generators below are shared.
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

/**
 * Registers a test that reads the corpus then `runs` generated inputs with `target.read`,
 * counts the inputs that made it throw or answer against `target.check` (crashes), prints
 * `fuzz <name>: N inputs, C crashes` and fails with the first crashes when C > 0. The seed
 * is random unless FUZZ_SEED is set; a failure prints it.
 */
export function fuzzReader<Input>(target: FuzzTarget<Input>): void {
  const runs = Number(process.env.FUZZ_RUNS ?? target.runs ?? 10_000);
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const show = target.show ?? showInput;
  it(`${target.name} : ne lève jamais d'exception et rend toujours un résultat bien formé (${runs} entrées générées)`, async () => {
    const crashes: Crash[] = [];
    const outcomes = new Map<string, number>();
    let tried = 0;
    const tryOne = async (input: Input) => {
      tried++;
      try {
        const result = await target.read(input);
        const label = target.classify?.(result);
        if (label !== undefined) outcomes.set(label, (outcomes.get(label) ?? 0) + 1);
        const problems = target.check(result);
        if (problems.length > 0) crashes.push({ input: show(input), reason: problems.slice(0, 3).join(" ; ") });
      } catch (error) {
        crashes.push({ input: show(input), reason: `exception : ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` });
      }
    };
    for (const input of target.corpus ?? []) await tryOne(input);
    // The property records crashes instead of failing, so one run counts all of them.
    await fc.assert(
      fc.asyncProperty(target.inputs, async (input) => {
        await tryOne(input);
      }),
      { numRuns: runs, seed },
    );
    if (outcomes.size > 0) console.log(`  ${[...outcomes].sort((a, b) => b[1] - a[1]).map(([label, count]) => `${label}: ${count}`).join(", ")}`);
    console.log(`fuzz ${target.name}: ${tried} inputs, ${crashes.length} crashes`);
    const report = crashes.slice(0, 5).map((crash) => `- ${crash.reason}\n  entrée : ${crash.input}`);
    expect(crashes.length, `graine ${seed} (FUZZ_SEED=${seed} pour rejouer) :\n${report.join("\n")}`).toBe(0);
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
    if (action === "replace") container[last] = value;
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

// The command-line tools' arguments: one file, then `--option value` pairs. Each tool checks
// the values it accepts; a wrong call is a UsageError, printed with the tool's usage line.

export class UsageError extends Error {}

/**
 * Reads `<file> [--name value]…` where each name is one of `names` (without `--`). Throws a
 * French UsageError for an unknown option, a missing value, a second file or no file at all
 * (`missingFile` says which file).
 */
export function readArguments<Name extends string>(argv: readonly string[], names: readonly Name[], missingFile: string): { file: string; values: Partial<Record<Name, string>> } {
  let file: string | undefined;
  const values: Partial<Record<Name, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith("--") ? (arg.slice(2) as Name) : undefined;
    if (name !== undefined && names.includes(name)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`valeur manquante après ${arg}`);
      values[name] = value;
    } else if (name !== undefined || file !== undefined) {
      throw new UsageError(`argument inattendu « ${arg} »`);
    } else {
      file = arg;
    }
  }
  if (file === undefined) throw new UsageError(missingFile);
  return { file, values };
}

/** `value` if it is one of `allowed` (`fallback` when absent), else a UsageError naming the accepted values. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T | undefined, what: string, accepted = allowed.join(", ")): T | undefined {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${what} inconnu « ${value} » (${accepted})`);
  return value as T;
}

/** Reads `[--name value]…` where each name is one of `names` (without `--`), for the tools that take no file. */
export function readOptions<Name extends string>(argv: readonly string[], names: readonly Name[]): Partial<Record<Name, string>> {
  const values: Partial<Record<Name, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith("--") ? (arg.slice(2) as Name) : undefined;
    if (name === undefined || !names.includes(name)) throw new UsageError(`argument inattendu « ${arg} »`);
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`valeur manquante après ${arg}`);
    values[name] = value;
  }
  return values;
}

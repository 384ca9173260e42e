// The memory of derived data: one entry per selector, kept while its inputs stay the same.

/**
 * A one-entry memory: `compute` runs again only when one of the keys (by default the inputs
 * themselves) is a different value.
 */
export function remember<Inputs extends readonly unknown[], Value>(compute: (...inputs: Inputs) => Value, keysOf: (...inputs: Inputs) => readonly unknown[] = (...inputs) => inputs): (...inputs: Inputs) => Value {
  let last: { keys: readonly unknown[]; value: Value } | null = null;
  return (...inputs) => {
    const keys = keysOf(...inputs);
    if (last && last.keys.length === keys.length && last.keys.every((key, k) => key === keys[k])) return last.value;
    const value = compute(...inputs);
    last = { keys, value };
    return value;
  };
}

// The memory of derived data: one entry per selector, kept while its inputs stay the same.

/** A one-entry memory: `compute` runs again only when one of the inputs is a different value. */
export function remember<Inputs extends readonly unknown[], Value>(compute: (...inputs: Inputs) => Value): (...inputs: Inputs) => Value {
  let last: { inputs: Inputs; value: Value } | null = null;
  return (...inputs) => {
    if (last && last.inputs.length === inputs.length && last.inputs.every((input, k) => input === inputs[k])) return last.value;
    const value = compute(...inputs);
    last = { inputs, value };
    return value;
  };
}

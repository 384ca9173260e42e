/**
 * Tables that read a word written in a file (« en poste », « EPCI »…). Looked up by own key
 * only: a cell reading « constructor » or « __proto__ » must find nothing, not a property
 * every object inherits.
 */
export function lookupWord<V>(table: Readonly<Record<string, V>>, word: string): V | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

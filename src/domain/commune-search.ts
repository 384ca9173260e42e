/**
 * Finding a commune by name (accents, case, hyphens and apostrophes ignored) or by postal
 * code, and a facilitator or structure by name.
 */
import type { TerritoryIndex } from "./territory-index.ts";

/** "Saint-Étienne" → "saint etienne"; "L'Haÿ-les-Roses" → "l hay les roses". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/\bst\b/g, "saint")
    .replace(/\bste\b/g, "sainte")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface SearchableName {
  /** Normalized names, in the order of the items they stand for. */
  names: string[];
}

const namesOfIndex = new WeakMap<TerritoryIndex, SearchableName>();

/** The normalized commune names of an index: computed once per index, when first asked (the first search). */
export function indexCommuneNames(index: TerritoryIndex): SearchableName {
  let names = namesOfIndex.get(index);
  if (!names) namesOfIndex.set(index, (names = { names: index.reference.communes.map((commune) => normalizeName(commune.nom)) }));
  return names;
}

/**
 * Communes matching `query`: by postal code or INSEE code when it is made of digits, else by
 * name — exact names first, then names starting with the query, then containing it; larger
 * populations first within each group. Returns commune indices.
 */
export function searchCommunes(index: TerritoryIndex, names: SearchableName, query: string, limit = 10): number[] {
  const trimmed = query.trim();
  if (/^\d[\dAB]{1,4}$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    const found: number[] = [];
    index.reference.communes.forEach((commune, c) => {
      if (commune.code === code || commune.codesPostaux.some((cp) => cp.startsWith(code))) found.push(c);
    });
    return found.sort((a, b) => index.population[b]! - index.population[a]!).slice(0, limit);
  }
  const wanted = normalizeName(trimmed);
  if (wanted.length < 2) return [];
  const words = wanted.split(" ");
  const ranked: { c: number; rank: number }[] = [];
  names.names.forEach((name, c) => {
    const rank = name === wanted ? 0 : name.startsWith(wanted) ? 1 : name.includes(wanted) ? 2 : containsWords(name, words) ? 3 : -1;
    if (rank >= 0) ranked.push({ c, rank });
  });
  ranked.sort((a, b) => a.rank - b.rank || index.population[b.c]! - index.population[a.c]!);
  return ranked.slice(0, limit).map((r) => r.c);
}

const containsWords = (name: string, words: readonly string[]) => words.every((word) => name.includes(word));

/** Items whose name holds every word of the query (normalized), in their order. */
export function searchByName<T extends { nom: string }>(items: readonly T[], query: string, limit = 5): T[] {
  const wanted = normalizeName(query);
  if (wanted.length < 2) return [];
  const words = wanted.split(" ");
  return items.filter((item) => containsWords(normalizeName(item.nom), words)).slice(0, limit);
}

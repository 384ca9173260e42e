/** How well facilitators cover each grand projet's communes (no geometry: see grands-projets.ts). */
import type { Coverage } from "./coverage.ts";
import type { GrandProjet } from "./model.ts";
import type { TerritoryIndex } from "./territory-index.ts";

export interface GrandProjetSummary {
  id: string;
  nom: string;
  /** Communes within the buffer. */
  communes: number;
  /** Their population, habitants. */
  population: number;
  /** Those with a facilitator of their own territory, and their population (habitants). */
  coveredCommunes: number;
  coveredPopulation: number;
  /** coveredPopulation / population (0 to 1); null without habitants. */
  coveredShare: number | null;
  /** Indices of the facilitators covering at least one of its communes (home or extension), ascending. */
  facilitateurs: number[];
}

/** Coverage of each grand projet; `communesOfProjet[g]` are the communes of grand projet g. */
export function summarizeGrandsProjets(
  index: TerritoryIndex,
  grandsProjets: readonly GrandProjet[],
  communesOfProjet: readonly Int32Array[],
  coverage: Coverage,
): GrandProjetSummary[] {
  return grandsProjets.map((projet, g) => {
    const communes = communesOfProjet[g] ?? new Int32Array(0);
    const facilitateurs = new Set<number>();
    let population = 0;
    let coveredCommunes = 0;
    let coveredPopulation = 0;
    for (const c of communes) {
      population += index.population[c]!;
      if (coverage.homeCount[c]! > 0) {
        coveredCommunes++;
        coveredPopulation += index.population[c]!;
      }
      for (let k = coverage.offsets[c]!; k < coverage.offsets[c + 1]!; k++) facilitateurs.add(coverage.facilitateurs[k]!);
    }
    return {
      id: projet.id,
      nom: projet.nom,
      communes: communes.length,
      population,
      coveredCommunes,
      coveredPopulation,
      coveredShare: population > 0 ? coveredPopulation / population : null,
      facilitateurs: [...facilitateurs].sort((a, b) => a - b),
    };
  });
}

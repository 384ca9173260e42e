// What the interface writes about needs, in one place: the provenance line (panel,
// presentation, print, PDF, image, exported « Source » sheets), the sentence saying what
// zone blanche 3 is measured on, and the numbers of contracts and euros.
import type { ComputeResult } from "../../domain/recompute.ts";
import type { DerivedNeeds } from "../../store/needs-derived.ts";
import { formatDate, formatDecimal, formatInteger, formatRate } from "../format.ts";

/** Contracts: whole, or to the hundredth where a postal code is shared between communes. */
export const formatContracts = (value: number) => formatDecimal(Math.round(value * 100) / 100);

/** « 12 345 678 € HT ». */
export const formatEuros = (value: number) => `${formatInteger(Math.round(value))} € HT`;

/** What the demonstration's needs are, said wherever they are shown. */
export const FICTIONAL_NEEDS = "marchés fictifs de démonstration";

/** « Besoins : DECP, marchés notifiés du 1er juillet 2024 au 30 juin 2025, 12 345 marchés, 67 non localisés » (and that they are fictional, for the demonstration). */
export function needsProvenanceLine(needs: DerivedNeeds): string {
  const { aggregate } = needs;
  const window = aggregate.window ? `marchés notifiés du ${formatDate(aggregate.window.du)} au ${formatDate(aggregate.window.au)}` : "aucune date de notification utilisable";
  const fictional = needs.fictif ? ` (${FICTIONAL_NEEDS})` : "";
  return `Besoins : DECP, ${window}, ${formatInteger(aggregate.marches)} marchés, ${formatInteger(aggregate.nonLocalises)} non localisés${fictional}`;
}

/** What zone blanche 3 is measured on, with its thresholds: the needs of the DECP files, or the estimate without them. */
export function zoneBlanche3Sentence(result: ComputeResult): string {
  const etp = `moins de ${formatRate(result.seuils.etpPour100000Habitants)} ETP pour 100 000 habitants`;
  if (result.needs) {
    const { seuils } = result.needs.load;
    return `Zone blanche 3 mesurée sur les besoins (DECP) : ${etp}, ou plus de ${formatInteger(seuils.marchesEtatParEtp)} marchés de l'État par ETP, ou plus de ${formatInteger(seuils.marchesAuDessusDesSeuilsParEtp)} marchés au-dessus des seuils européens par ETP.`;
  }
  return `Zone blanche 3 estimée (aucun fichier DECP chargé) : ${etp}, ou plus de ${formatInteger(result.seuils.acheteursParEtp)} acheteurs de l'État du projet par ETP.`;
}

// The State buyers of the DECP files placed in one commune: one line when pointed at, and
// their list (name when the file gives it, SIRET, contracts of the window) when selected.
import type { PlacedBuyer } from "../../domain/needs-buyers.ts";
import { communeByCode } from "../../domain/territory-names.ts";
import type { AppState } from "../../store/app-store.ts";
import { stateBuyersByCommune } from "../../store/needs-selectors.ts";
import { formatInteger } from "../format.ts";
import { useAppState } from "../store-context.tsx";

const NO_BUYERS: readonly PlacedBuyer[] = [];

/** The DECP State buyers placed in commune `code`, most contracts first. */
export function decpBuyersOf(state: AppState, code: string): readonly PlacedBuyer[] {
  const index = state.territory?.index;
  const needs = state.derived.needs(state);
  const c = index?.communeIndex.get(code);
  if (!index || !needs || c === undefined) return NO_BUYERS;
  return stateBuyersByCommune(index, needs).get(c) ?? NO_BUYERS;
}

const communeName = (state: AppState, code: string) => (state.territory ? (communeByCode(state.territory.index, code)?.nom ?? code) : code);

/** « 3 acheteurs de l'État (DECP) à Dijon : 42 marchés ». */
export function decpBuyersLine(state: AppState, code: string): string | null {
  const buyers = decpBuyersOf(state, code);
  if (buyers.length === 0) return null;
  const marches = buyers.reduce((sum, buyer) => sum + buyer.marches, 0);
  return `${formatInteger(buyers.length)} acheteur(s) de l'État (DECP) à ${communeName(state, code)} : ${formatInteger(marches)} marché(s)`;
}

/** The card's title. */
export const decpBuyersTitle = (state: AppState, code: string) => `Acheteurs de l'État (DECP) : ${communeName(state, code)}`;

export function DecpBuyersDetails({ code }: { code: string }) {
  const buyers = useAppState((state) => decpBuyersOf(state, code));
  if (buyers.length === 0) return <p className="fr-text--sm">Aucun acheteur de l'État des marchés chargés dans cette commune.</p>;
  return (
    <>
      <p className="fr-text--sm">Marchés de la période des besoins ; un acheteur sans commune dans le fichier est placé où se font la plupart de ses marchés.</p>
      <ul className="fr-text--sm" data-testid="acheteurs-decp-liste">
        {buyers.map((buyer) => (
          <li key={buyer.siret}>
            {buyer.nom ?? "Nom non renseigné"} (SIRET {buyer.siret}) : {formatInteger(buyer.marches)} marché(s)
            {buyer.placedBy === "marches" ? ", placé selon ses marchés" : ""}
          </li>
        ))}
      </ul>
    </>
  );
}

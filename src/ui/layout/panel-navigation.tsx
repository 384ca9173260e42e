// Which tab of the side panel is open, and which list the « Données » tab shows: a figure
// (« dont 10 en zone blanche ») or a card (« Liste des communes ») opens them.
import { createContext, useContext } from "react";
import type { CommuneStatus } from "../../domain/zones-blanches.ts";

export type PanelTab = "carte" | "chiffres" | "donnees" | "scenarios";

export type DataList =
  | { kind: "zones-blanches"; status?: CommuneStatus }
  | { kind: "communes" }
  | { kind: "acheteurs"; zoneBlancheOnly?: boolean }
  | { kind: "facilitateurs" }
  | { kind: "coordinateurs" }
  | { kind: "structures" }
  | { kind: "grands-projets" }
  | { kind: "perimetre"; facilitateurId: string };

export interface PanelNavigation {
  tab: PanelTab;
  openTab(tab: PanelTab): void;
  list: DataList;
  /** Opens the « Données » tab on `list`. */
  openList(list: DataList): void;
}

export const PanelNavigationContext = createContext<PanelNavigation | null>(null);

export function usePanelNavigation(): PanelNavigation {
  const navigation = useContext(PanelNavigationContext);
  if (!navigation) throw new Error("PanelNavigationContext manquant");
  return navigation;
}

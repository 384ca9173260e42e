// The panel beside the map, by task: « Carte » (territory, coloured layer, legend, layers),
// « Chiffres » (figures of the territory shown), « Données » (lists to sort and send),
// « Scénarios » (scenarios and projects saved in this browser).
// Only « Carte » is in the first view's JavaScript: the other tabs are loaded once the
// communes' names have arrived after the first view and the page is idle (before anyone
// clicks them), or when first opened.
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { MapTab } from "../panels/MapTab.tsx";
import { whenIdle } from "../../app/idle.ts";
import { useAppState } from "../store-context.tsx";
import { PanelNavigationContext, usePanelNavigation, type DataList, type PanelNavigation, type PanelTab } from "./panel-navigation.tsx";
import { Tabs, type TabDefinition } from "./Tabs.tsx";

const loadFigures = () => import("../IndicatorsPanel.tsx").then((module) => ({ default: module.IndicatorsPanel }));
const loadData = () => import("../panels/DataTab.tsx").then((module) => ({ default: module.DataTab }));
const loadScenarios = () => import("../panels/ScenariosTab.tsx").then((module) => ({ default: module.ScenariosTab }));
const FiguresTab = lazy(loadFigures);
const DataTab = lazy(loadData);
const ScenariosTab = lazy(loadScenarios);

const loading = <p className="fr-text--sm">Chargement…</p>;

const TABS: readonly TabDefinition<PanelTab>[] = [
  { id: "carte", label: "Carte", panel: () => <MapTab /> },
  { id: "chiffres", label: "Chiffres", panel: () => <Suspense fallback={loading}><FiguresTab /></Suspense> },
  { id: "donnees", label: "Données", panel: () => <Suspense fallback={loading}><DataTab /></Suspense> },
  { id: "scenarios", label: "Scénarios", panel: () => <Suspense fallback={loading}><ScenariosTab /></Suspense> },
];

/** Holds which tab and which list are open, for the panel and for what opens them (figures, cards). */
export function PanelNavigationProvider({ children }: { children: ReactNode }) {
  const [tab, setTab] = useState<PanelTab>("carte");
  const [list, setList] = useState<DataList>({ kind: "zones-blanches" });
  const navigation = useMemo<PanelNavigation>(
    () => ({
      tab,
      openTab: setTab,
      list,
      openList(next) {
        setList(next);
        setTab("donnees");
      },
    }),
    [tab, list],
  );
  return <PanelNavigationContext.Provider value={navigation}>{children}</PanelNavigationContext.Provider>;
}

export function SidePanel({ children }: { children?: ReactNode }) {
  const navigation = usePanelNavigation();
  const named = useAppState((state) => state.territory?.complete === true);
  useEffect(() => {
    if (named) return whenIdle(() => [loadFigures, loadData, loadScenarios].forEach((load) => void load()));
  }, [named]);
  return (
    <aside className={`side-panel side-panel--${navigation.tab}`} aria-label="Panneau latéral">
      {children}
      <Tabs label="Panneau latéral" tabs={TABS} selected={navigation.tab} onSelect={navigation.openTab} />
    </aside>
  );
}

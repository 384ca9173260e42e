// The panel beside the map, by task: « Carte » (territory, coloured layer, legend, layers),
// « Chiffres » (figures of the territory shown), « Données » (lists to sort and send),
// « Scénarios » (scenarios and projects saved in this browser).
import { useMemo, useState, type ReactNode } from "react";
import { IndicatorsPanel } from "../IndicatorsPanel.tsx";
import { DataTab } from "../panels/DataTab.tsx";
import { MapTab } from "../panels/MapTab.tsx";
import { ScenariosPanel } from "../edit/ScenariosPanel.tsx";
import { ProjectsMenu } from "../projects/ProjectsMenu.tsx";
import { DataDateForm } from "../edit/DataDateForm.tsx";
import { PanelNavigationContext, usePanelNavigation, type DataList, type PanelNavigation, type PanelTab } from "./panel-navigation.tsx";
import { Tabs, type TabDefinition } from "./Tabs.tsx";

const TABS: readonly TabDefinition<PanelTab>[] = [
  { id: "carte", label: "Carte", panel: () => <MapTab /> },
  { id: "chiffres", label: "Chiffres", panel: () => <IndicatorsPanel /> },
  { id: "donnees", label: "Données", panel: () => <DataTab /> },
  {
    id: "scenarios",
    label: "Scénarios",
    panel: () => (
      <>
        <ScenariosPanel />
        <DataDateForm />
        <ProjectsMenu />
      </>
    ),
  },
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
  return (
    <aside className={`side-panel side-panel--${navigation.tab}`} aria-label="Panneau latéral">
      {children}
      <Tabs label="Panneau latéral" tabs={TABS} selected={navigation.tab} onSelect={navigation.openTab} />
    </aside>
  );
}

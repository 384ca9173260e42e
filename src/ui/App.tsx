import { SiteHeader } from "./SiteHeader.tsx";
import { useEffect, useRef, useState } from "react";
import type { SavedProjects } from "../app/saved-projects.ts";
import { publishForAutomation } from "../app/automation.ts";
import { startApp } from "../app/startup.ts";
import type { MapController } from "../map/map-controller.ts";
import { createAppStore } from "../store/app-store.ts";
import { isEmbedQuery } from "../store/url-state.ts";
import { DataMenu } from "./DataMenu.tsx";
import { DemoNotice } from "./DemoNotice.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { HoverInfo } from "./HoverInfo.tsx";
import { IndicatorsPanel } from "./IndicatorsPanel.tsx";
import { LayersPanel } from "./LayersPanel.tsx";
import { Legend } from "./Legend.tsx";
import { MapView } from "./MapView.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { MapContext } from "./map-context.tsx";
import { SavedProjectsContext } from "./projects/saved-projects-context.tsx";
import { StoreContext, useAppState } from "./store-context.tsx";
import { TerritoryPicker } from "./TerritoryPicker.tsx";
import { HistoryBar } from "./edit/HistoryBar.tsx";
import { ScenariosPanel } from "./edit/ScenariosPanel.tsx";
import { RecordsMenu } from "./forms/RecordsMenu.tsx";
import { ProjectsMenu } from "./projects/ProjectsMenu.tsx";
import { ModeButtons } from "./presentation/ModeButtons.tsx";
import { PresentationSlot, ScreenPages } from "./presentation/ScreenModes.tsx";
import { EmbedLayout } from "./embed/EmbedLayout.tsx";
import { ShareButton } from "./ShareButton.tsx";

function LoadStatus() {
  const status = useAppState((state) => state.derived.status(state));
  const error = useAppState((state) => state.error);
  if (status === "ready") return null;
  if (status === "error") {
    return (
      <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
        <p>{error}</p>
      </div>
    );
  }
  return (
    <p className="fr-text--sm" role="status">
      Chargement des territoires et des facilitateurs…
    </p>
  );
}

function MapLegend() {
  const colouring = useAppState((state) => state.view.colouring);
  return <Legend colouring={colouring} />;
}

/** What a shared link asked for and could not be shown (an unknown scenario…). */
function UrlStatus({ message }: { message: string | null }) {
  return (
    <div role="status" data-testid="annonce-lien">
      {message && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
          <p>{message}</p>
        </div>
      )}
    </div>
  );
}

/** The page's read-only embedded mode (`?integration=1`), decided once at load. */
const readEmbed = () => isEmbedQuery(window.location.search);

/** Loads and starts the DSFR's script (about 45 kB gzip and some 80 ms of work): nothing of the first view needs it. */
const startDsfr = () => void import("@codegouvfr/react-dsfr/spa").then(({ startReactDsfr }) => startReactDsfr({ defaultColorScheme: "light" }));

export function App() {
  const [embed] = useState(readEmbed);
  // Editing must be unreachable when embedded, not only hidden: the store refuses every change.
  const [store] = useState(() => createAppStore({ readOnly: embed }));
  const [savedProjects, setSavedProjects] = useState<SavedProjects | null>(null);
  const [mapController, setMapController] = useState<MapController | null>(null);
  const [urlMessage, setUrlMessage] = useState<string | null>(null);
  const mapArea = useRef<HTMLElement>(null);
  useEffect(() => {
    const abort = new AbortController();
    publishForAutomation({ store });
    startApp(store, { signal: abort.signal, embed, search: window.location.search, onSavedProjects: setSavedProjects, onLinkMessage: setUrlMessage, afterFirstView: startDsfr }).catch(() => undefined);
    return () => abort.abort();
  }, [store, embed]);
  useEffect(() => publishForAutomation({ projects: savedProjects }), [savedProjects]);
  useEffect(() => publishForAutomation({ map: mapController }), [mapController]);
  if (embed) {
    return (
      <StoreContext.Provider value={store}>
        <EmbedLayout urlMessage={urlMessage} onMap={setMapController} />
      </StoreContext.Provider>
    );
  }
  return (
    <StoreContext.Provider value={store}>
      <SavedProjectsContext.Provider value={savedProjects}>
      <MapContext.Provider value={mapController}>
      <div className="app">
        <SiteHeader homeHref="./" homeTitle="Accueil — Carto Clause Sociale" tagline="Couverture des facilitateurs de la clause sociale d'insertion" />
        <DemoNotice />
        <div className="app-body">
          <PresentationSlot />
          <aside className="side-panel" aria-label="Panneau latéral">
            <LoadStatus />
            <UrlStatus message={urlMessage} />
            <HistoryBar />
            <ShareButton />
            <SearchBox />
            <DataMenu />
            <RecordsMenu />
            <TerritoryPicker />
            <ModeButtons />
            <DetailsPanel />
            <IndicatorsPanel />
            <ScenariosPanel />
            <ProjectsMenu />
            <LayersPanel />
            <p className="fr-text--xs">
              Sources : contours des communes IGN Admin Express (Licence Ouverte) ; communes, EPCI, départements, régions et populations : Code officiel
              géographique de l'INSEE (@etalab/decoupage-administratif).
            </p>
          </aside>
          <main className="app-map" id="contenu" ref={mapArea}>
            <MapView onMap={setMapController} />
            <HoverInfo area={mapArea} />
            <MapLegend />
          </main>
        </div>
        <ScreenPages />
      </div>
      </MapContext.Provider>
      </SavedProjectsContext.Provider>
    </StoreContext.Provider>
  );
}

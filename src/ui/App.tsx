import { SiteHeader } from "./SiteHeader.tsx";
import { useEffect, useRef, useState } from "react";
import type { SavedProjects } from "../app/saved-projects.ts";
import { publishForAutomation } from "../app/automation.ts";
import { startApp } from "../app/startup.ts";
import type { MapController } from "../map/map-controller.ts";
import { createAppStore } from "../store/app-store.ts";
import { isEmbedQuery } from "../store/url-state.ts";
import { DemoNotice } from "./DemoNotice.tsx";
import { HoverInfo } from "./HoverInfo.tsx";
import { MapView } from "./MapView.tsx";
import { MapContext } from "./map-context.tsx";
import { SavedProjectsContext } from "./projects/saved-projects-context.tsx";
import { StoreContext, useAppState } from "./store-context.tsx";
import { PresentationSlot, ScreenPages } from "./presentation/ScreenModes.tsx";
import { SelectionCard } from "./details/SelectionCard.tsx";
import { PanelNavigationProvider, SidePanel } from "./layout/SidePanel.tsx";
import { Toolbar } from "./layout/Toolbar.tsx";
import { SearchCombobox } from "./search/SearchCombobox.tsx";
import { EmbedLayout } from "./embed/EmbedLayout.tsx";

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
          <PanelNavigationProvider>
            <div className="app">
              <SiteHeader homeHref="./" homeTitle="Accueil — Carto Clause Sociale" tagline="Couverture des facilitateurs de la clause sociale d'insertion" tools={<SearchCombobox />} />
              <DemoNotice />
              <Toolbar />
              <div className="app-body">
                <PresentationSlot />
                <SidePanel>
                  <LoadStatus />
                  <UrlStatus message={urlMessage} />
                </SidePanel>
                <main className="app-map" id="contenu" ref={mapArea}>
                  <MapView onMap={setMapController} />
                  <HoverInfo area={mapArea} />
                  <SelectionCard />
                </main>
              </div>
              <ScreenPages />
            </div>
          </PanelNavigationProvider>
        </MapContext.Provider>
      </SavedProjectsContext.Provider>
    </StoreContext.Provider>
  );
}

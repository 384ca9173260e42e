import { SiteHeader } from "./SiteHeader.tsx";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { SavedProjects } from "../app/saved-projects.ts";
import { publishForAutomation } from "../app/automation.ts";
import { startApp } from "../app/startup.ts";
import { loadDemoNeeds } from "../app/demo-needs.ts";
import type { LinkNotice } from "../app/url-binding.ts";
import type { MapController } from "../map/map-controller.ts";
import { createAppStore } from "../store/app-store.ts";
import { isEmbedQuery } from "../store/url-state.ts";
import { DemoNotice } from "./DemoNotice.tsx";
import { HoverInfo } from "./HoverInfo.tsx";
import { MapView } from "./MapView.tsx";
import { earlyMapTilesIn } from "../app/early-map.ts";
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


const ImportDialog = lazy(() => import("./import/ImportDialog.tsx").then((module) => ({ default: module.ImportDialog })));

/** What a shared link asked for and could not be shown (an unknown scenario…), or that it was made with other data: then the matching project file can be opened. */
function UrlStatus({ notice }: { notice: LinkNotice | null }) {
  const [importing, setImporting] = useState(false);
  const [applied, setApplied] = useState<string | null>(null);
  return (
    <>
      <div role="status" data-testid="annonce-lien">
      {notice && !applied && (
        <div className={`fr-alert ${notice.otherData ? "fr-alert--warning" : "fr-alert--info"} fr-alert--sm fr-mb-2w`}>
          <p>{notice.message}</p>
          {notice.otherData && (
            <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={() => setImporting(true)}>
              Ouvrir le fichier du projet…
            </button>
          )}
        </div>
      )}
      {applied && <p className="fr-text--sm">{applied}</p>}
      </div>
      <Suspense fallback={null}>
        {importing && (
          <ImportDialog
            onClose={() => setImporting(false)}
            onApplied={(text) => {
              setImporting(false);
              setApplied(text);
            }}
          />
        )}
      </Suspense>
    </>
  );
}

/** The page's read-only embedded mode (`?integration=1`), decided once at load. */
const readEmbed = () => isEmbedQuery(window.location.search);

/**
 * After the first view and the names, when the page is idle: the DSFR's script (nothing of the
 * first view needs it), and its fonts (the first view shows text in the fallback font: src/ui/fonts.css).
 */
const startDsfr = () => {
  void import("./fonts.css");
  void import("@codegouvfr/react-dsfr/spa").then(({ startReactDsfr }) => startReactDsfr({ defaultColorScheme: "light" }));
};

export function App() {
  const [embed] = useState(readEmbed);
  // Editing must be unreachable when embedded, not only hidden: the store refuses every change.
  const [store] = useState(() => createAppStore({ readOnly: embed }));
  const [savedProjects, setSavedProjects] = useState<SavedProjects | null>(null);
  const [mapController, setMapController] = useState<MapController | null>(null);
  const [urlNotice, setUrlNotice] = useState<LinkNotice | null>(null);
  const mapArea = useRef<HTMLElement>(null);
  useEffect(() => {
    const abort = new AbortController();
    publishForAutomation({ store });
    startApp(store, { signal: abort.signal, embed, search: window.location.search, fragment: window.location.hash, onSavedProjects: setSavedProjects, onLinkMessage: setUrlNotice, namesDownload: earlyMapTilesIn(), afterFirstView: startDsfr }).catch(() => undefined);
    return () => abort.abort();
  }, [store, embed]);
  useEffect(() => {
    const abort = new AbortController();
    const stop = loadDemoNeeds(store, abort.signal);
    return () => {
      stop();
      abort.abort();
    };
  }, [store]);
  useEffect(() => publishForAutomation({ projects: savedProjects }), [savedProjects]);
  useEffect(() => publishForAutomation({ map: mapController }), [mapController]);
  if (embed) {
    return (
      <StoreContext.Provider value={store}>
        <EmbedLayout urlMessage={urlNotice?.message ?? null} onMap={setMapController} />
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
                  <UrlStatus notice={urlNotice} />
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

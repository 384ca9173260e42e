import { SiteHeader } from "./SiteHeader.tsx";
import { useEffect, useRef, useState } from "react";
import { createAppStore, type AppStore } from "../store/app-store.ts";
import { DataMenu } from "./DataMenu.tsx";
import { DemoNotice } from "./DemoNotice.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { HoverInfo } from "./HoverInfo.tsx";
import { IndicatorsPanel } from "./IndicatorsPanel.tsx";
import { LayersPanel } from "./LayersPanel.tsx";
import { Legend } from "./Legend.tsx";
import { MapView } from "./MapView.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { StoreContext, useAppState } from "./store-context.tsx";
import { TerritoryPicker } from "./TerritoryPicker.tsx";
import { useAppLoader } from "./useAppLoader.ts";
import { useDsfrAfterFirstView } from "./useDsfrAfterFirstView.ts";
import { usePersistence } from "./usePersistence.ts";
import { HistoryBar } from "./edit/HistoryBar.tsx";
import { ScenariosPanel } from "./edit/ScenariosPanel.tsx";
import { RecordsMenu } from "./forms/RecordsMenu.tsx";
import { ProjectsMenu } from "./projects/ProjectsMenu.tsx";
import { ModeButtons } from "./presentation/ModeButtons.tsx";
import { PresentationSlot, ScreenPages } from "./presentation/ScreenModes.tsx";
import { isEmbedQuery } from "../store/url-state.ts";
import { EmbedLayout } from "./embed/EmbedLayout.tsx";
import { makeReadOnly } from "./embed/read-only-store.ts";
import { ShareButton } from "./ShareButton.tsx";
import { useUrlState } from "./useUrlState.ts";

function LoadStatus() {
  const status = useAppState((state) => state.status);
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

declare global {
  interface Window {
    /** The app store, for browser tests, benchmarks and automation. */
    cartoStore?: AppStore;
  }
}

/** The page's read-only embedded mode (`?integration=1`), decided once at load. */
const readEmbed = () => isEmbedQuery(window.location.search);

export function App() {
  const [embed] = useState(readEmbed);
  const [store] = useState(() => {
    const created = createAppStore();
    // Editing must be unreachable when embedded, not only hidden.
    if (embed) makeReadOnly(created);
    return created;
  });
  useEffect(() => {
    window.cartoStore = store;
  }, [store]);
  const mapArea = useRef<HTMLElement>(null);
  useAppLoader(store);
  useDsfrAfterFirstView(store);
  usePersistence(store);
  const { message: urlMessage } = useUrlState(store, { embed });
  if (embed) {
    return (
      <StoreContext.Provider value={store}>
        <EmbedLayout urlMessage={urlMessage} />
      </StoreContext.Provider>
    );
  }
  return (
    <StoreContext.Provider value={store}>
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
            <MapView />
            <HoverInfo area={mapArea} />
            <MapLegend />
          </main>
        </div>
        <ScreenPages />
      </div>
    </StoreContext.Provider>
  );
}

import { Header } from "@codegouvfr/react-dsfr/Header";
import { MapView } from "./MapView.tsx";

export function App() {
  return (
    <div className="app">
      <Header
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        homeLinkProps={{ href: "./", title: "Accueil — Carto Clause Sociale" }}
        serviceTitle="Carto Clause Sociale"
        serviceTagline="Couverture des facilitateurs de la clause sociale d'insertion"
      />
      <main className="app-main" id="contenu">
        <MapView />
      </main>
    </div>
  );
}

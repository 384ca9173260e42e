import { MapView } from "./MapView.tsx";

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-title">Carto Clause Sociale</p>
        <p className="app-tagline">Couverture des facilitateurs de la clause sociale d'insertion</p>
      </header>
      <main className="app-main">
        <MapView />
      </main>
    </div>
  );
}

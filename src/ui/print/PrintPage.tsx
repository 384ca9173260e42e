// The print view: one A4-landscape sheet (title, map image, legend, figures table, charts,
// sources) that « Imprimer » sends to the browser's print dialog (@media print in app.css
// keeps only the sheet), and the same summary downloaded as an image or a PDF.
import { useEffect, useId, useMemo, useState } from "react";
import { useScreenPage } from "../presentation/use-screen-page.ts";
import { Legend } from "../Legend.tsx";
import { OverlayLegendList } from "../legend/OverlaySymbols.tsx";
import { ATTRIBUTION } from "../../map/map-style.ts";
import { colouringTitle } from "../../view/vocabulary.ts";
import { BarChart } from "../charts/BarChart.tsx";
import { CHART_INDICATORS, chartUnits, indicatorBars, zoneBlancheBars } from "../charts/chart-data.ts";
import { formatRate } from "../format.ts";
import { useMapController } from "../map-context.tsx";
import { useAppState, useAppStore } from "../store-context.tsx";
import { focusBounds } from "./focus-bounds.ts";
import { withScaleBar } from "./draw-scale-bar.ts";
import { downloadSummaryPdf, downloadSummaryPng } from "./print-exports.ts";
import { needsSentence } from "./copil-summary.ts";
import { useCopilSummary } from "./use-copil-summary.ts";

type MapImage = { kind: "loading" } | { kind: "ready"; src: string } | { kind: "missing" };

/** The printed sheet's map box, mm wide (print-sheet__map in app.css). */
const PRINT_MAP_MM = 158;
/** Its height, mm (.print-sheet__map in app.css): the picture is taken at the box's shape, to fill it. */
const PRINT_MAP_HEIGHT_MM = 112;


/** Width of the on-screen and printed map image, pixels (about 250 dpi over its 160 mm). */
const PRINT_MAP_WIDTH = 1600;

export function PrintPage() {
  const store = useAppStore();
  const territory = useAppState((state) => state.territory);
  const focus = useAppState((state) => state.view.focus);
  const colouring = useAppState((state) => state.view.colouring);
  const needsMeasure = useAppState((state) => state.view.needsMeasure);
  const overlays = useAppState((state) => state.view.overlays);
  const result = useAppState((state) => state.derived.result(state));
  const projectName = useAppState((state) => state.derived.project(state)?.nom ?? "projet");
  const summary = useCopilSummary();
  const [taken, setTaken] = useState<{ request: object; image: MapImage } | null>(null);
  const [busy, setBusy] = useState<"png" | "pdf" | null>(null);
  const [message, setMessage] = useState("");
  const heading = useScreenPage(store);
  const map = useMapController();
  const id = useId();

  // A new picture of the map whenever what it shows changes; until it comes, « loading ».
  const request = useMemo(() => ({ territory, focus, colouring, needsMeasure, result, map }), [territory, focus, colouring, needsMeasure, result, map]);
  useEffect(() => {
    let current = true;
    const taking = request.map ? request.map.snapshot(focusBounds(request.territory, request.focus), PRINT_MAP_WIDTH, PRINT_MAP_MM / PRINT_MAP_HEIGHT_MM) : Promise.resolve(null);
    taking
      .then((snapshot) => {
        if (current) setTaken({ request, image: snapshot ? { kind: "ready", src: withScaleBar(snapshot, PRINT_MAP_MM).toDataURL("image/png") } : { kind: "missing" } });
      })
      .catch(() => current && setTaken({ request, image: { kind: "missing" } }));
    return () => {
      current = false;
    };
  }, [request]);
  const image: MapImage = taken?.request === request ? taken.image : { kind: "loading" };

  if (!summary || !result || !territory) return null;
  const snapshot = (widthPx: number, aspect: number) => (map ? map.snapshot(focusBounds(territory, focus), widthPx, aspect) : Promise.resolve(null));
  const exportInput = { snapshot, colouring, needsMeasure, overlays, summary, projectName, seuils: result.seuils };
  const download = async (kind: "png" | "pdf") => {
    setBusy(kind);
    setMessage(kind === "png" ? "Préparation de l'image…" : "Préparation du PDF…");
    try {
      if (kind === "png") {
        const size = await downloadSummaryPng(exportInput);
        setMessage(`Image téléchargée (${size.width} × ${size.height} pixels, A4 paysage à 300 dpi).`);
      } else {
        await downloadSummaryPdf(exportInput);
        setMessage("PDF téléchargé (une page A4 paysage, texte et carte).");
      }
    } catch (error) {
      setMessage(`Le téléchargement a échoué : ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };
  const units = chartUnits(result.indicators, territory.index.reference.departements, focus);
  const etp = CHART_INDICATORS[0]!;
  const seuil = result.seuils.etpPour100000Habitants;

  return (
    <div className="screen-page print-page" data-testid="impression">
      <div className="screen-page__bar print-toolbar">
        <h1 className="fr-h4 fr-mb-0" ref={heading} tabIndex={-1}>
          Impression et export
        </h1>
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
          <li>
            <button type="button" className="fr-btn fr-icon-printer-line" onClick={() => window.print()} disabled={image.kind === "loading"}>
              Imprimer
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--secondary fr-icon-download-line" onClick={() => void download("png")} disabled={busy !== null} data-testid="telecharger-png">
              Télécharger l'image (PNG)
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--secondary fr-icon-download-line" onClick={() => void download("pdf")} disabled={busy !== null} data-testid="telecharger-pdf">
              Télécharger le PDF
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary fr-icon-arrow-go-back-line" onClick={() => store.getState().setMode("carte")}>
              Retour à la carte
            </button>
          </li>
        </ul>
        <p className="fr-text--sm fr-mb-0" role="status" data-testid="annonce-impression">
          {message}
        </p>
      </div>

      <article className="print-sheet" aria-labelledby={`${id}-titre`}>
        <header className="print-sheet__header">
          <h2 id={`${id}-titre`} className="print-sheet__title">
            {summary.title}
          </h2>
          <p className="print-sheet__subtitle">
            Couverture des facilitateurs de la clause sociale d'insertion — {summary.dateLine}
            {summary.demoNotice && ` — ${summary.demoNotice}`}
          </p>
        </header>
        <div className="print-sheet__body">
          <div className="print-sheet__left">
            <div className="print-sheet__map">
              {image.kind === "ready" && <img src={image.src} alt={`Carte : ${colouringTitle(colouring, needsMeasure)}, ${summary.title}`} data-testid="carte-impression" />}
              {image.kind === "loading" && <p role="status">Préparation de la carte…</p>}
              {image.kind === "missing" && <p>Carte indisponible.</p>}
            </div>
            <Legend colouring={colouring} className="print-legend" captionClassName="" testId="legende-impression" />
            <OverlayLegendList overlays={overlays} testId="legende-calques-impression" />
            <div className="print-sheet__pair">
              <BarChart title="Communes en zone blanche, par type" description="Nombre de communes de chaque type de zone blanche." data={zoneBlancheBars(summary.unit, "communes")} table="sr-only" width={420} rowHeader="Type de zone blanche" />
              <BarChart title="Habitants en zone blanche, par type" description="Nombre d'habitants de chaque type de zone blanche." data={zoneBlancheBars(summary.unit, "population")} table="sr-only" width={420} rowHeader="Type de zone blanche" />
            </div>
          </div>
          <div className="print-sheet__right">
            <table className="print-table" data-testid="tableau-impression">
              <caption>Chiffres clés : {summary.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Indicateur</th>
                  <th scope="col">Valeur</th>
                </tr>
              </thead>
              <tbody>
                {summary.figures.map((figure) => (
                  <tr key={figure.id} data-testid={`ligne-${figure.id}`}>
                    <th scope="row">{figure.label}</th>
                    <td>
                      <strong>{figure.value}</strong>
                      {figure.detail && <span className="print-table__detail"> {figure.detail}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <BarChart
              title={`${etp.label}, ${units.caption}`}
              description={`Une barre par ${units.level === "region" ? "région" : "département"}, valeur écrite au bout de la barre.`}
              data={indicatorBars(units, etp)}
              threshold={{ value: seuil, label: `seuil ZB 3 : ${formatRate(seuil)}` }}
              table="sr-only"
              width={480}
            />
          </div>
        </div>
        <footer className="print-sheet__footer">
          {summary.sourceLine}. {ATTRIBUTION}. {summary.zoneBlanche3Line}
          {summary.needsLine && <span data-testid="provenance-besoins-impression"> {summary.needsLine}.</span>}
          {summary.needsFigures.length > 0 && <span data-testid="besoins-impression"> {needsSentence(summary.needsFigures)}</span>}
        </footer>
      </article>
    </div>
  );
}

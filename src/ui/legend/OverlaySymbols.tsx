// How each overlay is drawn on the map, for the legends: a line, a symbol, a hatched area.
import { ACHETEUR_SYMBOLS, COORDINATEUR_SYMBOL, DECP_BUYER_SYMBOL, COORDINATEUR_VACANT_SYMBOL, GRAND_PROJET_COLOURS, OVERLAY_LINES } from "../../map/symbols.ts";
import { OVERLAY_LABELS, OVERLAYS, type Overlay } from "../../view/vocabulary.ts";
import { SymbolIcon } from "./SymbolIcon.tsx";

const LINES: Partial<Record<Overlay, { colour: string; width: number; dashed?: boolean }>> = OVERLAY_LINES;

function LineSample({ colour, width, dashed }: { colour: string; width: number; dashed?: boolean }) {
  return (
    <svg className="symbol-icon" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2="23" y2="6" stroke={colour} strokeWidth={width} strokeDasharray={dashed ? "4 2" : undefined} />
    </svg>
  );
}

/** The hatched impact zone of a grand projet, and its line. */
export function GrandProjetSample() {
  return (
    <svg className="symbol-icon" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="legende-hachures" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="5" stroke={GRAND_PROJET_COLOURS.zone} strokeWidth="1.5" />
        </pattern>
      </defs>
      <rect x="1" y="1" width="22" height="12" fill="url(#legende-hachures)" stroke={GRAND_PROJET_COLOURS.zone} strokeWidth="1.5" strokeDasharray="3 1.5" />
    </svg>
  );
}

/** The symbol beside an overlay's name in the layer list (one sample of how it is drawn). */
export function OverlaySample({ overlay }: { overlay: Overlay }) {
  const line = LINES[overlay];
  if (line) return <LineSample {...line} />;
  if (overlay === "acheteurs") return <SymbolIcon shape={ACHETEUR_SYMBOLS.prefecture} size={13} />;
  if (overlay === "coordinateurs") return <SymbolIcon shape={COORDINATEUR_SYMBOL} size={15} />;
  if (overlay === "acheteurs-decp") return <SymbolIcon shape={DECP_BUYER_SYMBOL} size={13} />;
  return <GrandProjetSample />;
}

/** The details under a shown overlay: the kinds of buyers, the vacant seat, the work's line. */
export function OverlayDetails({ overlay }: { overlay: Overlay }) {
  if (overlay === "acheteurs") {
    return (
      <ul className="overlay-legend" data-testid="legende-acheteurs">
        {Object.values(ACHETEUR_SYMBOLS).map((shape) => (
          <li key={shape.id}>
            <SymbolIcon shape={shape} size={12} /> {shape.label}
          </li>
        ))}
      </ul>
    );
  }
  if (overlay === "coordinateurs") {
    return (
      <ul className="overlay-legend" data-testid="legende-coordinateurs">
        <li>
          <SymbolIcon shape={COORDINATEUR_SYMBOL} size={14} /> en poste
        </li>
        <li>
          <SymbolIcon shape={COORDINATEUR_VACANT_SYMBOL} size={14} /> poste vacant
        </li>
      </ul>
    );
  }
  if (overlay === "acheteurs-decp") {
    return (
      <ul className="overlay-legend" data-testid="legende-acheteurs-decp">
        <li>
          <SymbolIcon shape={DECP_BUYER_SYMBOL} size={10} /> <SymbolIcon shape={DECP_BUYER_SYMBOL} size={16} /> acheteurs de l'État d'une commune, plus grand avec plus de marchés
        </li>
      </ul>
    );
  }
  if (overlay === "grands-projets") {
    return (
      <ul className="overlay-legend" data-testid="legende-grands-projets">
        <li>
          <GrandProjetSample /> zone d'impact
        </li>
        <li>
          <LineSample colour={GRAND_PROJET_COLOURS.trace} width={3} /> tracé (canal, ligne)
        </li>
      </ul>
    );
  }
  return null;
}

/** The legend of the overlays shown, for the views read without the app's panel (presentation, print). */
export function OverlayLegendList({ overlays, testId }: { overlays: Readonly<Record<Overlay, boolean>>; testId?: string }) {
  const shown = OVERLAYS.filter((overlay) => overlays[overlay]);
  if (shown.length === 0) return null;
  return (
    <ul className="overlay-legend-list" aria-label="Légende des couches superposées" data-testid={testId}>
      {shown.map((overlay) => (
        <li key={overlay}>
          <span className="overlay-legend-list__item">
            <OverlaySample overlay={overlay} /> {OVERLAY_LABELS[overlay]}
          </span>
          <OverlayDetails overlay={overlay} />
        </li>
      ))}
    </ul>
  );
}

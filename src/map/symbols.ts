// The symbols drawn over the communes, one definition for the map, the legends and the
// exported images: State buyers by kind of shape (dark, so that no shape can be taken for
// a zone blanche colour, and told apart by shape, not by colour alone), coordinators'
// seats, the hatching of grands projets' impact zones.
import type { AcheteurType } from "../domain/model.ts";

export interface SymbolShape {
  /** Image name on the map. */
  id: string;
  label: string;
  /** Outline in a 2 × 2 box centred on 0 (y down); a circle when absent. */
  points?: readonly (readonly [number, number])[];
  fill: string;
  stroke: string;
  /** Diameter on screen, CSS pixels. */
  size: number;
}

const polygon = (sides: number, rotation = -Math.PI / 2) => Array.from({ length: sides }, (_, k) => [Math.cos(rotation + (2 * Math.PI * k) / sides), Math.sin(rotation + (2 * Math.PI * k) / sides)] as const);
const star = Array.from({ length: 10 }, (_, k) => {
  const radius = k % 2 === 0 ? 1 : 0.45;
  const angle = -Math.PI / 2 + (Math.PI * k) / 5;
  return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
});

const BUYER_FILL = "#1e1e1e";
const WHITE = "#ffffff";

/** The shapes of State buyers, by kind; several kinds share « autre ». */
export const ACHETEUR_SYMBOLS = {
  pfra: { id: "acheteur-pfra", label: "PFRA", points: [[-0.85, -0.85], [0.85, -0.85], [0.85, 0.85], [-0.85, 0.85]], fill: BUYER_FILL, stroke: WHITE, size: 13 },
  prefecture: { id: "acheteur-prefecture", label: "Préfecture", points: [[0, -1], [1, 0], [0, 1], [-1, 0]], fill: BUYER_FILL, stroke: WHITE, size: 15 },
  dreets: { id: "acheteur-dreets", label: "DREETS", points: polygon(3), fill: BUYER_FILL, stroke: WHITE, size: 15 },
  ddets: { id: "acheteur-ddets", label: "DDETS", points: polygon(3, Math.PI / 2), fill: BUYER_FILL, stroke: WHITE, size: 15 },
  autre: { id: "acheteur-autre", label: "Autre", fill: BUYER_FILL, stroke: WHITE, size: 11 },
} satisfies Record<string, SymbolShape>;

/** The symbol of a buyer's kind. */
export function acheteurSymbol(type: AcheteurType): SymbolShape {
  return type === "pfra" || type === "prefecture" || type === "dreets" || type === "ddets" ? ACHETEUR_SYMBOLS[type] : ACHETEUR_SYMBOLS.autre;
}

/**
 * The State buyers of the DECP files, grouped by commune: a ring (white, dark outline: no
 * shape of the project's buyers, no zone blanche colour), larger with more contracts.
 */
export const DECP_BUYER_SYMBOL: SymbolShape = { id: "acheteurs-decp", label: "Acheteurs de l'État (DECP) d'une commune, taille selon leurs marchés", fill: WHITE, stroke: BUYER_FILL, size: 14 };

/** The seat of a coordinateur régional: a star (hollow when the post is vacant). */
export const COORDINATEUR_SYMBOL: SymbolShape = { id: "coordinateur", label: "Siège d'un coordinateur régional", points: star, fill: "#000091", stroke: WHITE, size: 20 };
export const COORDINATEUR_VACANT_SYMBOL: SymbolShape = { ...COORDINATEUR_SYMBOL, id: "coordinateur-vacant", label: "Poste de coordinateur vacant", fill: WHITE, stroke: "#000091" };

/** Line styles of the boundary overlays, as overlay-layers.ts draws them (legend samples). */
export const OVERLAY_LINES = {
  regions: { colour: "#161616", width: 3 },
  departements: { colour: "#2f3f5a", width: 1.5 },
  epci: { colour: "#6a6a6a", width: 1 },
  perimetres: { colour: "#000091", width: 1.5 },
} as const;

/** Colours of the grands projets: the impact zone's hatching and outline, the work's own line. */
export const GRAND_PROJET_COLOURS = { zone: "#a94645", trace: "#6e445a" } as const;
export const HATCH_IMAGE = "hachures-grand-projet";

/** Draws `shape` centred at (x, y), `size` pixels across, on a 2D context. */
export function drawSymbol(context: CanvasRenderingContext2D, shape: SymbolShape, x: number, y: number, size = shape.size): void {
  const radius = size / 2 - 1;
  context.beginPath();
  if (shape.points) {
    shape.points.forEach(([px, py], k) => (k === 0 ? context.moveTo(x + px * radius, y + py * radius) : context.lineTo(x + px * radius, y + py * radius)));
    context.closePath();
  } else context.arc(x, y, radius, 0, 2 * Math.PI);
  context.fillStyle = shape.fill;
  context.fill();
  context.lineWidth = Math.max(1.5, size / 8);
  context.strokeStyle = shape.stroke;
  context.stroke();
}

/** The shape as an SVG path in a `size` × `size` box (legends). */
export function symbolPath(shape: SymbolShape, size = shape.size): string {
  const c = size / 2;
  const radius = size / 2 - 1;
  if (!shape.points) return `M ${c - radius} ${c} a ${radius} ${radius} 0 1 0 ${2 * radius} 0 a ${radius} ${radius} 0 1 0 ${-2 * radius} 0 Z`;
  return `${shape.points.map(([px, py], k) => `${k === 0 ? "M" : "L"} ${(c + px * radius).toFixed(2)} ${(c + py * radius).toFixed(2)}`).join(" ")} Z`;
}

/** Draws the hatching tile (diagonal lines) of grands projets' impact zones. */
export function drawHatch(context: CanvasRenderingContext2D, size: number): void {
  context.clearRect(0, 0, size, size);
  context.strokeStyle = GRAND_PROJET_COLOURS.zone;
  context.lineWidth = size / 8;
  context.beginPath();
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
}

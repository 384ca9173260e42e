// The words the store and the map share about what is on screen: coloured layers, overlays,
// focus, selection, screen modes, the lasso. Neutral: no store, no map library, no React.

/** How communes are coloured; one at a time. */
export const COLOURINGS = ["couverture", "facilitateur", "zones-blanches", "capacite", "chevauchements", "besoins"] as const;
/** The coloured layers; « comparaison » only while two scenarios are compared. */
export type Colouring = (typeof COLOURINGS)[number] | "comparaison";

export const COLOURING_LABELS: Record<Colouring, string> = {
  couverture: "Nombre de facilitateurs",
  facilitateur: "Facilitateur",
  "zones-blanches": "Zones blanches",
  capacite: "Capacité (ETP pour 100 000 habitants)",
  chevauchements: "Chevauchements",
  besoins: "Besoins : marchés publics (DECP)",
  comparaison: "Comparaison de scénarios",
};

/** Layers drawn over the coloured communes; any number at a time. */
export const OVERLAYS = ["regions", "departements", "epci", "perimetres", "acheteurs", "acheteurs-decp", "grands-projets", "coordinateurs"] as const;
export type Overlay = (typeof OVERLAYS)[number];

export const OVERLAY_LABELS: Record<Overlay, string> = {
  regions: "Limites des régions",
  departements: "Limites des départements",
  epci: "Limites des EPCI",
  perimetres: "Contours des périmètres",
  acheteurs: "Acheteurs de l'État",
  "acheteurs-decp": "Acheteurs de l'État des marchés publics (DECP)",
  "grands-projets": "Grands projets",
  coordinateurs: "Sièges des coordinateurs",
};

/** What the « besoins » colouring counts per commune, over the needs' window. */
export const NEEDS_MEASURES = ["marches", "marchesEtat", "sansConsiderationSociale"] as const;
export type NeedsMeasure = (typeof NEEDS_MEASURES)[number];

export const NEEDS_MEASURE_LABELS: Record<NeedsMeasure, string> = {
  marches: "Marchés",
  marchesEtat: "Marchés de l'État",
  sansConsiderationSociale: "Marchés au-dessus des seuils européens sans considération sociale",
};

/** The title of a colouring's legend: the « besoins » colouring says which measure it shows. */
export function colouringTitle(colouring: Colouring, measure: NeedsMeasure): string {
  return colouring === "besoins" ? `Besoins : ${NEEDS_MEASURE_LABELS[measure].toLowerCase().replace("l'état", "l'État")} par commune (DECP)` : COLOURING_LABELS[colouring];
}

/** A région or département shown alone (the rest of the map dimmed); null for France. */
export type Focus = { level: "region" | "departement"; code: string } | null;

export type Selection =
  | { kind: "commune"; code: string }
  | { kind: "facilitateur"; id: string }
  | { kind: "structure"; id: string }
  | { kind: "acheteur"; id: string }
  | { kind: "grand-projet"; id: string }
  /** The State buyers of the loaded DECP files placed in a commune (`id`: its INSEE code). */
  | { kind: "acheteurs-decp"; id: string }
  | null;

/** What a map click does while a perimeter is edited: toggle a commune (« clic ») or draw a zone (« lasso »). */
export type EditTool = "clic" | "lasso";

/** A zone drawn on the map, point by point: real [longitude, latitude] degrees (not inset positions). */
export interface LassoDrawing {
  points: [number, number][];
  /** True once closed (double-click or Enter): its communes can be added or removed. */
  closed: boolean;
}

/** What the screen shows: the map with its tools, the COPIL presentation, the print page, the charts. */
export const SCREEN_MODES = ["carte", "presentation", "impression", "graphiques"] as const;
export type ScreenMode = (typeof SCREEN_MODES)[number];

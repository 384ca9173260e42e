// The words the store and the map share about what is on screen: coloured layers, overlays,
// focus, selection, screen modes, the lasso. Neutral: no store, no map library, no React.

/** How communes are coloured; one at a time. */
export const COLOURINGS = ["couverture", "facilitateur", "zones-blanches", "capacite", "chevauchements"] as const;
/** The coloured layers; « comparaison » only while two scenarios are compared. */
export type Colouring = (typeof COLOURINGS)[number] | "comparaison";

export const COLOURING_LABELS: Record<Colouring, string> = {
  couverture: "Nombre de facilitateurs",
  facilitateur: "Facilitateur",
  "zones-blanches": "Zones blanches",
  capacite: "Capacité (ETP pour 100 000 habitants)",
  chevauchements: "Chevauchements",
  comparaison: "Comparaison de scénarios",
};

/** Layers drawn over the coloured communes; any number at a time. */
export const OVERLAYS = ["regions", "departements", "epci", "perimetres", "acheteurs", "grands-projets", "coordinateurs"] as const;
export type Overlay = (typeof OVERLAYS)[number];

export const OVERLAY_LABELS: Record<Overlay, string> = {
  regions: "Limites des régions",
  departements: "Limites des départements",
  epci: "Limites des EPCI",
  perimetres: "Contours des périmètres",
  acheteurs: "Acheteurs de l'État",
  "grands-projets": "Grands projets",
  coordinateurs: "Sièges des coordinateurs",
};

/** A région or département shown alone (the rest of the map dimmed); null for France. */
export type Focus = { level: "region" | "departement"; code: string } | null;

export type Selection =
  | { kind: "commune"; code: string }
  | { kind: "facilitateur"; id: string }
  | { kind: "structure"; id: string }
  | { kind: "acheteur"; id: string }
  | { kind: "grand-projet"; id: string }
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

// What the user looks at, apart from the data: coloured layer, overlays, focus, selection.

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
  "grands-projets": "Grands projets et zones d'impact",
  coordinateurs: "Sièges des coordinateurs régionaux",
};

export type Focus = { level: "region" | "departement"; code: string } | null;

export type Selection =
  | { kind: "commune"; code: string }
  | { kind: "facilitateur"; id: string }
  | { kind: "acheteur"; id: string }
  | { kind: "grand-projet"; id: string }
  | null;

/** A request to the map to show an area: [west, south, east, north] degrees; `seq` makes each request new. */
export interface FitRequest {
  bbox: [number, number, number, number];
  seq: number;
}

/** The perimeter being edited on the map: map clicks add or remove a commune or its whole EPCI. */
export interface PerimeterEditing {
  facilitateurId: string;
  unit: "commune" | "epci";
  /** Additions are *extension limitrophe*. */
  extension: boolean;
  /** What a map click does: toggle a commune (« clic », the default) or draw a zone (« lasso »). */
  tool?: EditTool;
  /** The zone being drawn with the lasso; null or absent when none. */
  lasso?: LassoDrawing | null;
}

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

export interface ViewState {
  colouring: Colouring;
  overlays: Record<Overlay, boolean>;
  focus: Focus;
  /** INSEE code of the commune under the pointer. */
  hovered: string | null;
  selection: Selection;
  /** Facilitator whose perimeter is outlined on the map. */
  highlighted: string | null;
  fit: FitRequest | null;
  /** Plan IGN basemap under the communes: off by default (a call outside the app's origin). */
  basemap: boolean;
  editing: PerimeterEditing | null;
  /** Outcome of the last edit made on the map, in French (refusals, no-ops); null when none. */
  editMessage: string | null;
  /** Id of the scenario the active one is compared with (the reference, « avant »), or null. */
  compareWith: string | null;
  /** « carte » shows the editing tools; the other modes are read-only views of the same figures. */
  mode: ScreenMode;
}

export const initialView = (): ViewState => ({
  colouring: "zones-blanches",
  overlays: { regions: true, departements: true, epci: false, perimetres: false, acheteurs: true, "grands-projets": true, coordinateurs: false },
  focus: null,
  hovered: null,
  selection: null,
  highlighted: null,
  fit: null,
  basemap: false,
  editing: null,
  editMessage: null,
  compareWith: null,
  mode: "carte",
});

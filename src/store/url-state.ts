// The view written in the address bar, so that a link opens the same map: focused territory,
// coloured layer, overlays, active and compared scenarios, mode, selected commune or
// facilitator, and the read-only embedding. Pure: no DOM, no store; unknown or invalid
// values are dropped, never thrown. Whether a code or an id exists is checked when the view
// is applied (src/app/url-binding.ts), against the loaded territory and project.
import { COLOURINGS, OVERLAYS, SCREEN_MODES, type Colouring, type Focus, type Overlay, type ScreenMode } from "../view/vocabulary.ts";
import { isEmbedSearch } from "./embed-query.mjs";
import type { ViewState } from "./view-slice.ts";

/** The view as a link carries it; a field left out is not in the link (keep what is on screen). */
export interface UrlView {
  /** null: France entière, written as no `territoire`. */
  focus?: Focus;
  colouring?: Colouring;
  /** The overlays shown; the others are hidden. */
  overlays?: Overlay[];
  scenario?: string;
  compareWith?: string;
  /** A screen mode other than the map (« presentation »…). */
  mode?: ScreenMode;
  selection?: { kind: "commune"; code: string } | { kind: "facilitateur"; id: string };
  /** Read-only view for an <iframe> (`?integration=1` or `?embed=1`). */
  embed?: boolean;
}

/** The query parameters this module reads and writes; any other parameter of the address is kept. */
export const URL_KEYS = ["territoire", "couche", "calques", "scenario", "comparer", "mode", "commune", "facilitateur", "integration", "embed"] as const;

const REGION_CODE = /^\d{2}$/;
const DEPARTEMENT_CODE = /^(\d{2}|2[AB]|97\d)$/;
const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;
/** Ids of facilitators and scenarios: anything printable and short (imported files choose them). */
const RECORD_ID = /^[^\s\p{Cc}]{1,100}$/u;

const isColouring = (value: string): value is Colouring => value === "comparaison" || (COLOURINGS as readonly string[]).includes(value);
const isScreenMode = (value: string): value is ScreenMode => (SCREEN_MODES as readonly string[]).includes(value);

function decodeFocus(value: string): Focus | undefined {
  if (value.toLowerCase() === "france") return null;
  const match = /^(region|departement)-(.+)$/i.exec(value);
  if (!match) return undefined;
  const level = match[1]!.toLowerCase() as "region" | "departement";
  const upper = match[2]!.toUpperCase();
  if (level === "region" ? REGION_CODE.test(upper) : DEPARTEMENT_CODE.test(upper)) return { level, code: upper };
  return undefined;
}

/** The view a query string (`?a=b&…`, with or without `?`) asks for; what is unknown or malformed is left out. */
export function decodeUrlView(search: string): UrlView {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {};
  }
  const view: UrlView = {};
  const read = (key: string) => {
    const value = params.get(key);
    return value === null ? undefined : value.trim();
  };

  const territoire = read("territoire");
  if (territoire !== undefined) {
    const focus = decodeFocus(territoire);
    if (focus !== undefined) view.focus = focus;
  }
  const couche = read("couche")?.toLowerCase();
  if (couche && isColouring(couche)) view.colouring = couche;
  const calques = read("calques");
  if (calques !== undefined) {
    // `calques=` (empty) hides every overlay; unknown names are skipped, duplicates merged.
    const names = calques.toLowerCase().split(",").map((name) => name.trim()).filter(Boolean);
    const known = OVERLAYS.filter((overlay) => names.includes(overlay));
    if (known.length > 0 || names.length === 0) view.overlays = known;
  }
  const scenario = read("scenario");
  if (scenario && RECORD_ID.test(scenario)) view.scenario = scenario;
  const comparer = read("comparer");
  if (comparer && RECORD_ID.test(comparer)) view.compareWith = comparer;
  const mode = read("mode")?.toLowerCase();
  if (mode && isScreenMode(mode)) view.mode = mode;
  const commune = read("commune")?.toUpperCase();
  const facilitateur = read("facilitateur");
  if (commune && COMMUNE_CODE.test(commune)) view.selection = { kind: "commune", code: commune };
  else if (facilitateur && RECORD_ID.test(facilitateur)) view.selection = { kind: "facilitateur", id: facilitateur };
  // The server reads the same parameters with the same function (scripts/csp.mjs): the page
  // it lets other sites frame is exactly the one that opens read-only.
  if (isEmbedSearch(search)) view.embed = true;
  return view;
}

/** Escapes a value for the query but keeps it readable: `,` between overlays stays a comma. */
const encodeValue = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ",");

/**
 * The query string (`?…`, or "" when empty) for `view`. Parameters of `keep` (the current
 * query) that this module does not own are kept first, in their order.
 */
export function encodeUrlView(view: UrlView, keep = ""): string {
  const parts: string[] = [];
  let kept: URLSearchParams;
  try {
    kept = new URLSearchParams(keep);
  } catch {
    kept = new URLSearchParams();
  }
  for (const [key, value] of kept) {
    if (!(URL_KEYS as readonly string[]).includes(key)) parts.push(`${encodeValue(key)}=${encodeValue(value)}`);
  }
  const add = (key: string, value: string) => parts.push(`${key}=${encodeValue(value)}`);
  if (view.embed) add("integration", "1");
  if (view.focus) add("territoire", `${view.focus.level}-${view.focus.code}`);
  if (view.colouring) add("couche", view.colouring);
  if (view.overlays) add("calques", OVERLAYS.filter((overlay) => view.overlays!.includes(overlay)).join(","));
  if (view.scenario) add("scenario", view.scenario);
  if (view.compareWith) add("comparer", view.compareWith);
  if (view.mode) add("mode", view.mode);
  if (view.selection?.kind === "commune") add("commune", view.selection.code);
  else if (view.selection?.kind === "facilitateur") add("facilitateur", view.selection.id);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** What a link must carry to show the view on screen. */
export function urlViewOf(view: ViewState, activeScenarioId: string | null, options: { embed?: boolean } = {}): UrlView {
  const url: UrlView = {
    focus: view.focus,
    colouring: view.colouring,
    overlays: OVERLAYS.filter((overlay) => view.overlays[overlay]),
  };
  if (activeScenarioId) url.scenario = activeScenarioId;
  if (view.compareWith) url.compareWith = view.compareWith;
  // The map (« carte ») is where every link lands by default.
  if (view.mode !== "carte") url.mode = view.mode;
  if (view.selection?.kind === "commune") url.selection = { kind: "commune", code: view.selection.code };
  else if (view.selection?.kind === "facilitateur") url.selection = { kind: "facilitateur", id: view.selection.id };
  if (options.embed) url.embed = true;
  return url;
}

/** Whose data a link shows: the project's name, its data's date and the fingerprint of its data (domain/fingerprint.ts). */
export interface LinkFingerprint {
  nom: string;
  /** YYYY-MM-DD, or null when the project gives none. */
  date: string | null;
  hash: string;
}

/**
 * The fingerprint as the address's fragment (`#projet=…&donnees=…&empreinte=…`): a fragment
 * is never sent to a server, so the project's name stays in the browsers of sender and reader.
 */
export function encodeFingerprint(fingerprint: LinkFingerprint): string {
  const parts = [`projet=${encodeValue(fingerprint.nom)}`, ...(fingerprint.date ? [`donnees=${fingerprint.date}`] : []), `empreinte=${fingerprint.hash}`];
  return `#${parts.join("&")}`;
}

/** The fingerprint a fragment carries, or undefined when it carries none (or a malformed one). */
export function decodeFingerprint(fragment: string): LinkFingerprint | undefined {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(fragment.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  const hash = params.get("empreinte")?.trim().toLowerCase();
  const nom = params.get("projet")?.trim();
  const date = params.get("donnees")?.trim() ?? null;
  if (!hash || !/^[0-9a-z]{4,16}$/.test(hash) || !nom) return undefined;
  return { nom: nom.slice(0, 200), date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, hash };
}

/** True when the query asks for the read-only embedded view. */
export const isEmbedQuery = (search: string): boolean => decodeUrlView(search).embed === true;

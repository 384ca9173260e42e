// What a COPIL slide, the print page and the image exports all say about the focused
// territory: one model, so the three never disagree.
import type { UnitIndicators } from "../../domain/indicators.ts";
import type { Project } from "../../domain/model.ts";
import type { ComputeResult } from "../../domain/recompute.ts";
import { focusedIndicators } from "../../store/selectors.ts";
import type { Focus } from "../../view/vocabulary.ts";
import type { TerritoryIndex } from "../../domain/territory-index.ts";
import type { DerivedNeeds } from "../../store/needs-derived.ts";
import { needsTotalsOf } from "../../store/needs-selectors.ts";
import { localIsoDate } from "../local-today.ts";
import { formatDate, formatEtp, formatInteger, formatRate, formatShare } from "../format.ts";
import { formatContracts, formatEuros, needsProvenanceLine, zoneBlanche3Sentence } from "../needs/needs-text.ts";

export interface KeyFigure {
  /** Stable key, also the `data-testid` suffix (« chiffre-<id> »). */
  id: string;
  label: string;
  value: string;
  /** Second line: share, habitants… */
  detail?: string;
}

export interface CopilSummary {
  unit: UnitIndicators;
  /** « Bourgogne-Franche-Comté », « Côte-d'Or (21) », « France ». */
  title: string;
  /** « Données au 1 novembre 2025 » (the project's `miseAJour`), else « Situation au <today> ». */
  dateLine: string;
  /** « Données : <project> ; contours IGN Admin Express ; COG INSEE ». */
  sourceLine: string;
  /** Set for the fictional demo dataset, to be printed with the figures. */
  demoNotice: string | null;
  /** « Besoins : DECP, marchés notifiés du … au …, N marchés, M non localisés », when needs are loaded. */
  needsLine: string | null;
  /** What zone blanche 3 is measured on (needs or estimate), with its thresholds. */
  zoneBlanche3Line: string;
  figures: KeyFigure[];
  /** The call's bilan of the territory from the needs (DECP), apart from the coverage's figures (shown in the presentation); empty without needs. */
  needsFigures: KeyFigure[];
}

function coordinationFigure(unit: UnitIndicators, regionsWithout: number): KeyFigure {
  if (unit.level === "national") {
    return { id: "coordination", label: "Régions sans coordinateur régional", value: formatInteger(regionsWithout) };
  }
  const value = unit.coordinateurs > 0 ? `${formatInteger(unit.coordinateurs)} en poste` : unit.level === "region" ? "Région non dotée" : "Aucun";
  return { id: "coordination", label: "Coordinateur régional", value };
}

/** The parts of the state a summary reads (selecting them one by one keeps React renders few). */
export interface SummaryInput {
  project: Project | null;
  result: ComputeResult | null;
  focus: Focus;
  /** Needs measured from DECP files, with the index their sums are in; null without. */
  needs?: { index: TerritoryIndex; needs: DerivedNeeds } | null;
}

/** The call's bilan of the focused territory: market volume, buyers, social considerations, the loi Climat gap. */
function needsFigures(index: TerritoryIndex, needs: DerivedNeeds, focus: Focus): KeyFigure[] {
  const t = needsTotalsOf(index, needs, focus);
  const kinds = t.parConsiderationSociale;
  return [
    { id: "besoins-marches", label: "Marchés publics notifiés (DECP)", value: `${formatContracts(t.marches)} marchés`, detail: formatEuros(t.montantHT) },
    { id: "besoins-etat", label: "Acheteurs : État et autres", value: `${formatContracts(t.marchesEtat)} de l'État`, detail: `${formatContracts(t.marches - t.marchesEtat)} d'autres acheteurs` },
    {
      id: "besoins-social",
      label: "Marchés avec une considération sociale",
      value: formatShare(t.marchesAvecConsiderationSociale, t.marches),
      detail: `${formatContracts(t.marchesAvecConsiderationSociale)} marchés (clause ${formatContracts(kinds.clauseSociale)}, critère ${formatContracts(kinds.critereSocial)}, réservés ${formatContracts(kinds.marcheReserve)})`,
    },
    {
      id: "besoins-sans-clause",
      label: "Au-dessus des seuils européens, sans considération sociale",
      value: `${formatContracts(t.marchesAuDessusDesSeuilsSansConsiderationSociale)} marchés`,
      detail: `sur ${formatContracts(t.marchesAuDessusDesSeuils)} au-dessus des seuils (obligatoire au 21 août 2026)`,
    },
  ];
}

/** The needs' figures in one sentence, for the printed sheet (its space holds no table more). */
export function needsSentence(figures: readonly KeyFigure[]): string | null {
  if (figures.length === 0) return null;
  return `Besoins du territoire : ${figures.map((figure) => `${figure.label.charAt(0).toLowerCase()}${figure.label.slice(1)} : ${figure.value}${figure.detail ? ` (${figure.detail})` : ""}`).join(" ; ")}.`;
}

/** The summary of the focused territory (or France); null until the figures are computed. */
export function summarizeFocus({ project, result, focus, needs }: SummaryInput, today: Date = new Date()): CopilSummary | null {
  const unit = result ? focusedIndicators(result.indicators, focus) : null;
  if (!unit || !project || !result) return null;
  const zb = unit.zonesBlanches;
  const total = unit.total;
  const zoneBlanche = (id: string, label: string, part: UnitIndicators["covered"]): KeyFigure => ({
    id,
    label,
    value: `${formatInteger(part.communes)} communes`,
    detail: `${formatInteger(part.population)} habitants (${formatShare(part.population, total.population)})`,
  });
  const dated = formatDate(project.miseAJour);
  return {
    unit,
    title: unit.level === "departement" ? `${unit.nom} (${unit.code})` : unit.nom,
    dateLine: dated ? `Données au ${dated}` : `Situation au ${formatDate(localIsoDate(today)) ?? ""}`,
    sourceLine: `Données : ${project.nom} ; contours IGN Admin Express ; COG INSEE`,
    demoNotice: project.demo ? `Jeu de démonstration : facilitateurs fictifs${needs?.needs.fictif ? ", marchés fictifs" : ""}` : null,
    needsLine: needs ? needsProvenanceLine(needs.needs) : null,
    zoneBlanche3Line: zoneBlanche3Sentence(result),
    needsFigures: needs ? needsFigures(needs.index, needs.needs, focus) : [],
    figures: [
      {
        id: "communes-couvertes",
        label: "Communes couvertes",
        value: formatInteger(unit.covered.communes),
        detail: `sur ${formatInteger(total.communes)} (${formatShare(unit.covered.communes, total.communes)})`,
      },
      {
        id: "habitants-couverts",
        label: "Habitants couverts",
        value: formatInteger(unit.covered.population),
        detail: `sur ${formatInteger(total.population)} (${formatShare(unit.covered.population, total.population)})`,
      },
      zoneBlanche("zb1", "Zone blanche 1 : aucun facilitateur", zb.sansFacilitateur),
      zoneBlanche("zb2", "Zone blanche 2 : extension limitrophe seulement", zb.extensionSeulement),
      zoneBlanche("zb3", "Zone blanche 3 : capacité insuffisante", zb.capaciteInsuffisante),
      { id: "etp-100k", label: "ETP pour 100 000 habitants", value: formatRate(unit.etpPer100k) },
      {
        id: "facilitateurs",
        label: "Facilitateurs (postes) et ETP en poste",
        value: `${formatInteger(unit.facilitateurs)} postes`,
        detail: `${formatEtp(unit.etp)} ETP en poste, ${formatInteger(unit.vacantPosts)} vacant(s)`,
      },
      coordinationFigure(unit, result.regionsSansCoordinateur.length),
    ],
  };
}

// Next and previous territory of a presentation: régions in the reference's order, or the
// départements of the focused département's région (a DREETS presents its own région).
import type { Focus } from "../../view/vocabulary.ts";

interface StepReference {
  regions: readonly { code: string; nom: string }[];
  departements: readonly { code: string; nom: string; region: string }[];
}

/**
 * The focus `step` places after (1) or before (-1) `focus`, wrapping around. From France,
 * the first (or last) région.
 */
export function steppedFocus(reference: StepReference, focus: Focus, step: 1 | -1): Focus {
  const wrap = (at: number, length: number) => (((at + step) % length) + length) % length;
  if (focus?.level === "departement") {
    const region = reference.departements.find((d) => d.code === focus.code)?.region;
    const siblings = reference.departements.filter((d) => d.region === region);
    const at = siblings.findIndex((d) => d.code === focus.code);
    if (at < 0) return focus;
    return { level: "departement", code: siblings[wrap(at, siblings.length)]!.code };
  }
  const { regions } = reference;
  if (regions.length === 0) return focus;
  const at = focus ? regions.findIndex((r) => r.code === focus.code) : -1;
  const next = at < 0 ? (step === 1 ? 0 : regions.length - 1) : wrap(at, regions.length);
  return { level: "region", code: regions[next]!.code };
}

/** « Région suivante : Bretagne » for the step buttons. */
export function stepLabel(reference: StepReference, focus: Focus, step: 1 | -1): string {
  const target = steppedFocus(reference, focus, step);
  const kind = target?.level === "departement" ? "Département" : "Région";
  const nom =
    target?.level === "departement" ? reference.departements.find((d) => d.code === target.code)?.nom : reference.regions.find((r) => r.code === target?.code)?.nom;
  const word = target?.level === "departement" ? (step === 1 ? "suivant" : "précédent") : step === 1 ? "suivante" : "précédente";
  return `${kind} ${word} : ${nom ?? ""}`;
}

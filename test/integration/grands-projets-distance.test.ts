// The distance rule against the method it replaced (Turf buffers, kept in
// scripts/lib/turf-buffer-reference.ts) on the demo's grands projets and the real communes:
// the same communes, but for those whose distance lies within 1 % of the buffer width of
// its limit (Turf's buffer draws arcs with chords, up to 0.5 % inside). Prints them.
import { beforeAll, expect, it } from "vitest";
import { communesOfGrandProjet } from "../../src/domain/grands-projets.ts";
import type { GrandProjet } from "../../src/domain/model.ts";
import { demoGrandsProjets } from "../../scripts/demo/grands-projets.ts";
import type { Territory } from "../../scripts/lib/load-reference.ts";
import { communesOfGrandProjetByTurfBuffer, differencesFromTurfBuffer } from "../../scripts/lib/turf-buffer-reference.ts";
import { describeWithGeo, loadBuiltTerritory } from "../helpers/territory.ts";

describeWithGeo("grands projets du jeu de démonstration, par la distance", () => {
  let territory: Territory;
  let grandsProjets: GrandProjet[];

  beforeAll(() => {
    territory = loadBuiltTerritory();
    grandsProjets = demoGrandsProjets(territory.reference, territory.topology);
  });

  it("donne les communes du tampon Turf, aux communes à la limite près", () => {
    const { index, shapes } = territory;
    expect(grandsProjets.some((projet) => projet.geometrie) && grandsProjets.some((projet) => (projet.communes?.length ?? 0) > 1)).toBe(true);
    let differing = 0;
    for (const projet of grandsProjets) {
      const byDistance = communesOfGrandProjet(index, shapes, projet);
      const byTurf = communesOfGrandProjetByTurfBuffer(index, shapes, projet);
      expect(byTurf.length).toBeGreaterThan(projet.communes?.length ?? 1);
      const differences = differencesFromTurfBuffer(index, shapes, projet, byDistance, byTurf);
      for (const { commune, km, byDistance: kept } of differences)
        console.log(`${projet.id} : ${index.communeCodes[commune]} à ${km.toFixed(3)} km (tampon ${projet.tamponKm} km), ${kept ? "par la distance seulement" : "par le tampon Turf seulement"}`);
      expect(differences.filter((difference) => !difference.atBoundary)).toEqual([]);
      // Far fewer than the communes compared: a real agreement, not two broad sets.
      expect(differences.length).toBeLessThanOrEqual(Math.ceil(byTurf.length / 50));
      differing += differences.length;
    }
    console.log(`Communes où la distance et le tampon Turf diffèrent : ${differing}`);
  });
});

// The scale of the map and of its pictures: real metres per pixel (the DROM insets' own
// scale included), bars of 1, 2 or 5 × 10ⁿ metres, French labels.
import { describe, expect, it } from "vitest";
import { INSETS, toDisplay } from "../../../src/map/insets.ts";
import { metresPerPixel, roundScaleLength, scaleBar, scaleLabel } from "../../../src/map/scale-bar.ts";

/** Web Mercator's metres per pixel of a 512-pixel world at `zoom`, at latitude `lat`. */
const groundResolution = (zoom: number, lat: number) => (2 * Math.PI * 6378137 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

describe("échelle de la carte", () => {
  it("arrondit à 1, 2 ou 5 fois une puissance de dix, sans dépasser", () => {
    expect([1, 1.9, 2, 4.99, 5, 9.99, 10, 99, 1000, 1999, 0.3, 73_400].map(roundScaleLength)).toEqual([1, 1, 2, 2, 5, 5, 10, 50, 1000, 1000, 0.2, 50_000]);
  });

  it("écrit la longueur en mètres ou en kilomètres, à la française", () => {
    expect(scaleLabel(50_000)).toBe("50 km");
    expect(scaleLabel(500)).toBe("500 m");
    expect(scaleLabel(1000)).toBe("1 km");
    expect(scaleLabel(1_000_000).replace(/\s/g, " ")).toBe("1 000 km");
  });

  it("donne la barre la plus longue qui tienne", () => {
    // 2.5 km per unit, at most 30 units: 75 km → a 50 km bar, 20 units long.
    expect(scaleBar(2500, 30)).toEqual({ length: 20, label: "50 km" });
    expect(scaleBar(10, 120)).toEqual({ length: 100, label: "1 km" });
  });

  it("mesure en métropole comme Web Mercator à la latitude du centre", () => {
    expect(metresPerPixel(0, [0, 0])).toBeCloseTo(groundResolution(0, 0), 6);
    expect(metresPerPixel(6, [2.35, 48.85])).toBeCloseTo(groundResolution(6, 48.85), 6);
  });

  it("mesure dans un encart des DROM à l'échelle et à la latitude du territoire réel", () => {
    const reunion = INSETS.find((inset) => inset.departement === "974")!;
    const real: [number, number] = [55.5, -21.1];
    const displayed = toDisplay(real) as [number, number];
    // How many displayed degrees one real degree of longitude takes in the inset.
    const stretch = ((toDisplay([55.6, -21.1]) as number[])[0]! - displayed[0]) / 0.1;
    expect(displayed[1]).toBeGreaterThan(reunion.display[1]);
    expect(metresPerPixel(8, displayed)).toBeCloseTo(groundResolution(8, -21.1) / stretch, 3);
    // The inset draws La Réunion larger: a pixel there is fewer real metres than in Brittany beside it.
    expect(metresPerPixel(8, displayed)).toBeLessThan(metresPerPixel(8, [-4, displayed[1]]));
  });
});

import type * as maplibregl from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { CommuneLayer } from "../../../src/map/commune-layer.ts";
import { FILL_KEY, UNWRITTEN_CODE } from "../../../src/map/commune-states.ts";

/** The part of a map CommuneLayer uses, recording the feature states written. */
function fakeMap() {
  const states = new Map<number, number>();
  const calls = { set: 0, removed: 0 };
  const map = {
    setFeatureState: (target: { id: number }, state: Record<string, number>) => {
      calls.set++;
      states.set(target.id, state[FILL_KEY]!);
    },
    removeFeatureState: () => {
      calls.removed++;
      states.clear();
    },
    getSource: () => ({}),
    isSourceLoaded: () => true,
    setPaintProperty: () => undefined,
  };
  /** The code each commune is drawn with: its state, or the code of communes without one. */
  const drawn = (count: number) => Array.from({ length: count }, (_, c) => states.get(c) ?? UNWRITTEN_CODE);
  return { layer: new CommuneLayer(map as unknown as maplibregl.Map), calls, drawn };
}

describe("couleurs des communes sur la carte", () => {
  it("n'écrit au premier coloriage que les communes d'un autre code que celui d'une commune sans état", () => {
    const { layer, calls, drawn } = fakeMap();
    const codes = Int16Array.from([UNWRITTEN_CODE, 1, UNWRITTEN_CODE, 3, -1, UNWRITTEN_CODE]);
    layer.paint(codes);
    expect(calls.set).toBe(3);
    expect(drawn(6)).toEqual([...codes]);
    expect(layer.coloured()).toBe(true);
  });

  it("réécrit, au changement de couche, seulement les codes qui changent, retour à « sans état » compris", () => {
    const { layer, calls, drawn } = fakeMap();
    layer.paint(Int16Array.from([UNWRITTEN_CODE, 1, 2, 3]));
    calls.set = 0;
    const next = Int16Array.from([5, 1, UNWRITTEN_CODE, 6]);
    layer.paint(next);
    expect(calls.set).toBe(3);
    expect(drawn(4)).toEqual([...next]);
  });

  it("repart de communes sans état quand le territoire change de nombre de communes", () => {
    const { layer, calls, drawn } = fakeMap();
    layer.paint(Int16Array.from([1, 2, 3]));
    layer.paint(Int16Array.from([UNWRITTEN_CODE, 2, UNWRITTEN_CODE, 4]));
    expect(calls.removed).toBe(1);
    expect(drawn(4)).toEqual([UNWRITTEN_CODE, 2, UNWRITTEN_CODE, 4]);
  });
});

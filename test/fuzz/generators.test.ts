// The shared generators never fail on their own: a fuzz run fails only when a reader does.
// Regression: mutatedDocument put a generated value into the document as is; fast-check
// hands the same instance of a constant (`fc.constant`, `fc.constantFrom`) to every run,
// so a second mutation inside that value changed the constant itself, for the runs after
// too, and could make it contain itself (« Converting circular structure to JSON » in the
// GeoJSON fuzz, 1 run in 14).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutatedDocument, wrongValue } from "./fuzz-harness.ts";

describe("générateurs partagés du fuzz", () => {
  it("mutatedDocument rend toujours un document que JSON.stringify écrit, sans toucher aux constantes", () => {
    const shared = [[2, 46], [2.3, 46.3], [2, 46]];
    const before = JSON.stringify(shared);
    const valid = { features: [{ geometry: { coordinates: [[[1, 2], [3, 4]]] } }, { geometry: { coordinates: [[[5, 6]]] } }] };
    const documents = fc.sample(mutatedDocument(valid, fc.oneof(fc.constant(shared), wrongValue())), { numRuns: 2_000, seed: 1 });
    for (const document of documents) expect(() => JSON.stringify(document)).not.toThrow();
    expect(JSON.stringify(shared)).toBe(before);
  });
});

import { describe, expect, it } from "vitest";
import { besidePointer } from "../../../src/ui/HoverInfo.tsx";

describe("besidePointer", () => {
  it("puts the box below right of a pointer in the top left quarter", () => {
    expect(besidePointer(100, 50, 900, 600)).toEqual({ left: 116, right: "auto", top: 66, bottom: "auto" });
  });

  it("puts the box above left of a pointer in the bottom right quarter, anchored to the far edges", () => {
    expect(besidePointer(800, 500, 900, 600)).toEqual({ left: "auto", right: 116, top: "auto", bottom: 116 });
  });
});

import { describe, expect, it } from "vitest";
import { buildImagePdf, jpegSize } from "./pdf.ts";

// A JPEG's frame header is enough for the writer (it copies the bytes): SOI, APP0, SOF0 (8 bit, 30 × 20, 3 components), EOI.
const fakeJpeg = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x14, 0x00, 0x1e, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
]);

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join("");

describe("buildImagePdf", () => {
  it("lit la taille d'un JPEG dans son en-tête de trame", () => {
    expect(jpegSize(fakeJpeg)).toEqual({ width: 30, height: 20 });
    expect(jpegSize(new Uint8Array([0x89, 0x50]))).toBeNull();
  });

  it("écrit une page A4 paysage dont la table des renvois pointe sur chaque objet", () => {
    const pdf = latin1(buildImagePdf({ jpeg: fakeJpeg, width: 30, height: 20 }, { title: "Région Île-de-France", lang: "fr-FR", date: new Date(Date.UTC(2025, 10, 1)) }));
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true);
    expect(pdf).toContain("/MediaBox [0 0 842 595]");
    expect(pdf).toContain("/Filter /DCTDecode /Length 29");
    expect(pdf).toContain("/CreationDate (D:20251101000000Z)");
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
    const startxref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe("xref");
    const entries = pdf.slice(startxref).split("\n").slice(3, 9);
    entries.forEach((entry, k) => expect(pdf.slice(Number(entry.slice(0, 10)), Number(entry.slice(0, 10)) + 8)).toBe(`${k + 1} 0 obj\n`));
    // The title is UTF-16BE: « Î » is 00CE.
    expect(pdf).toContain("/Title <FEFF005200E90067");
  });
});

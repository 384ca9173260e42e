// The DSFR's core style sheet declares its fonts (@font-face): a page that shows text then
// downloads Marianne before its first view. The build strips those declarations from that
// sheet; src/ui/fonts.css declares the same fonts, and the app loads it after its first view
// (the public page at once). test/unit/ui/dsfr-fonts.test.ts checks both halves.

/** The DSFR core style sheet, as Vite names the module (a query may follow). */
export const DSFR_CORE_CSS = /@codegouvfr\/react-dsfr\/dsfr\/core\/core\.main\.min\.css(\?.*)?$/;

/** The @font-face rules of a minified style sheet. */
export const fontFaces = (css) => css.match(/@font-face\{[^}]*\}/g) ?? [];

/** The style sheet without its @font-face rules. */
export const withoutFontFaces = (css) => css.replace(/@font-face\{[^}]*\}/g, "");

/** Vite plugin: the DSFR core style sheet without its fonts. */
export function deferDsfrFontsPlugin() {
  return {
    name: "carto:defer-dsfr-fonts",
    enforce: "pre",
    transform(code, id) {
      if (!DSFR_CORE_CSS.test(id)) return null;
      return { code: withoutFontFaces(code), map: null };
    },
  };
}

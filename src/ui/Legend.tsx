import { LEGENDS } from "../map/palettes.ts";
import { COLOURING_LABELS, type Colouring } from "../store/view.ts";

/** The legend of the coloured layer. */
export function Legend({ colouring }: { colouring: Colouring }) {
  return (
    <figure className="legend" aria-label={`Légende : ${COLOURING_LABELS[colouring]}`} data-testid="legende">
      <figcaption className="fr-text--bold fr-text--sm">{COLOURING_LABELS[colouring]}</figcaption>
      <ul>
        {LEGENDS[colouring].map((entry) => (
          <li key={entry.value}>
            <span className="legend-swatch" style={{ background: entry.colour }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

// The needs' figures of the territory (DECP: market volume, the State's contracts, social
// considerations, the loi Climat gap) in the presentation, apart from the coverage's key
// figures; nothing without needs. The A4 print page and its PNG and PDF have no room for
// them beside the map: they carry the needs' provenance line in their footer.
import type { CopilSummary } from "../print/copil-summary.ts";

export function NeedsFiguresList({ summary }: { summary: CopilSummary }) {
  if (summary.needsFigures.length === 0) return null;
  return (
    <dl className="presentation-figures" aria-label="Besoins : marchés publics (DECP)" data-testid="chiffres-besoins-presentation">
      {summary.needsFigures.map((figure) => (
        <div key={figure.id} data-testid={`chiffre-${figure.id}`}>
          <dt>{figure.label}</dt>
          <dd>
            <span className="presentation-figures__value">{figure.value}</span>
            {figure.detail && <span className="presentation-figures__detail">{figure.detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

// The needs' figures of the territory (DECP: market volume, the State's contracts, social
// considerations, the loi Climat gap) on the print page and in the presentation, apart from
// the coverage's key figures; nothing without needs.
import type { CopilSummary } from "./copil-summary.ts";

export function NeedsFiguresTable({ summary }: { summary: CopilSummary }) {
  if (summary.needsFigures.length === 0) return null;
  return (
    <table className="print-table" data-testid="tableau-besoins-impression">
      <caption>Besoins (marchés publics, DECP) : {summary.title}</caption>
      <thead>
        <tr>
          <th scope="col">Indicateur</th>
          <th scope="col">Valeur</th>
        </tr>
      </thead>
      <tbody>
        {summary.needsFigures.map((figure) => (
          <tr key={figure.id} data-testid={`ligne-${figure.id}`}>
            <th scope="row">{figure.label}</th>
            <td>
              <strong>{figure.value}</strong>
              {figure.detail && <span className="print-table__detail"> {figure.detail}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

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

// The select above a chart that picks what its bars measure.
export function ChartChoice({ id, label, options, value, onChange }: { id: string; label: string; options: readonly { id: string; label: string }[]; value: string; onChange(id: string): void }) {
  return (
    <div className="fr-select-group charts-page__select">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className="fr-select" id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((item) => (
          <option key={item.id} value={item.id}>
            {item.label}
          </option>
        ))}
      </select>
    </div>
  );
}

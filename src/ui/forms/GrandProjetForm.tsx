// A grand projet: name, type, where it is (a list of communes, a point, or the line or
// polygon it was imported with, kept as is), impact buffer in km, period.
import { useState } from "react";
import { GRAND_PROJET_TYPE_LABELS, GRAND_PROJET_TYPES, type GrandProjet } from "../../domain/model.ts";
import type { FieldMessages } from "../../store/entity-validation.ts";
import { useAppStore } from "../store-context.tsx";
import { CommuneField, FieldMessages as Messages, FormShell, SelectField, TextField, useCommuneName, type CommuneChoice } from "./fields.tsx";
import { formatFrenchNumber, parseFrenchNumber } from "./form-values.ts";
import { PositionFields, positionTextOf, readPosition, type PositionText } from "./position-fields.tsx";
import type { RecordFormProps } from "./StructureForm.tsx";
import { useRecordForm } from "./useRecordForm.ts";

type Placement = "communes" | "point" | "trace";

function labelOf(field: string): string {
  const labels: Record<string, string> = {
    nom: "Nom",
    type: "Type de projet",
    communes: "Communes concernées",
    longitude: "Longitude",
    latitude: "Latitude",
    geometrie: "Géométrie",
    tamponKm: "Zone d'impact",
    "periode.debut": "Début de la période",
    "periode.fin": "Fin de la période",
    periode: "Période",
    id: "Identifiant",
    "": "Grand projet",
  };
  return labels[field] ?? labels[field.replace(/\[.*$/, "")] ?? field;
}

export function GrandProjetForm({ record, onSaved, onCancel }: RecordFormProps<GrandProjet>) {
  const store = useAppStore();
  const nameOf = useCommuneName();
  const kept = record?.geometrie && record.geometrie.type !== "Point" ? record.geometrie : undefined;
  const [nom, setNom] = useState(record?.nom ?? "");
  const [type, setType] = useState<string>(record?.type ?? "");
  const [placement, setPlacement] = useState<Placement>(record?.geometrie ? (kept ? "trace" : "point") : "communes");
  const [communes, setCommunes] = useState<string[]>(record?.communes ?? []);
  const [search, setSearch] = useState<CommuneChoice>({ text: "", code: null });
  const [position, setPosition] = useState<PositionText>(() => positionTextOf(record?.geometrie?.type === "Point" ? record.geometrie.coordinates : undefined));
  const [tampon, setTampon] = useState(formatFrenchNumber(record?.tamponKm ?? 0));
  const [debut, setDebut] = useState(record?.periode.debut ?? "");
  const [fin, setFin] = useState(record?.periode.fin ?? "");

  const own: FieldMessages = {};
  let place: Record<string, unknown>;
  if (placement === "communes") {
    if (communes.length === 0) own["communes"] = "Ajoutez au moins une commune concernée.";
    if (search.text.trim() && !search.code) own["communes"] ??= "Choisissez la commune dans la liste proposée pour l'ajouter.";
    place = { communes, geometrie: undefined };
  } else if (placement === "point") {
    const point = readPosition(position, own, "");
    place = { communes: undefined, geometrie: point ? { type: "Point", coordinates: point } : undefined };
  } else place = { communes: undefined, geometrie: kept };
  const tamponKm = parseFrenchNumber(tampon);
  if (tamponKm === undefined) own["tamponKm"] = "Ce champ est obligatoire : 0 pour ne compter que les communes touchées.";
  else if (tamponKm === null || tamponKm < 0) own["tamponKm"] = "Saisissez une distance en km, positive ou nulle, par exemple 2,5.";
  const draft: Record<string, unknown> = { nom, type, ...place, tamponKm: typeof tamponKm === "number" ? tamponKm : tampon, periode: { debut, fin } };
  // A point not yet readable: its own messages say why, not the store's « geometrie ».
  const form = useRecordForm("grand-projet", placement === "point" && !place["geometrie"] ? { ...draft, geometrie: { type: "Point", coordinates: [0, 0] } } : draft, own, record?.id);

  const save = () =>
    form.submit(
      () => (record ? store.getState().updateRecord("grand-projet", record.id, draft) : store.getState().createRecord("grand-projet", draft)),
      (outcome) => onSaved(outcome.id ?? record!.id),
    );
  const radio = (value: Placement, label: string) => (
    <div className="fr-radio-group fr-radio-group--sm">
      <input type="radio" id={`${form.formId}-${value}`} name={`${form.formId}-emplacement`} checked={placement === value} onChange={() => setPlacement(value)} />
      <label className="fr-label" htmlFor={`${form.formId}-${value}`}>
        {label}
      </label>
    </div>
  );
  const communesId = form.idOf("communes");

  return (
    <FormShell form={form} labelOf={labelOf} submitLabel={record ? "Enregistrer les modifications" : "Créer le grand projet"} onSubmit={save} onCancel={onCancel}>
      <TextField form={form} field="nom" label="Nom" value={nom} onChange={setNom} required />
      <SelectField
        form={form}
        field="type"
        label="Type de projet"
        value={type}
        options={GRAND_PROJET_TYPES.map((value) => ({ value, label: GRAND_PROJET_TYPE_LABELS[value] }))}
        placeholder="Choisir un type"
        onChange={setType}
        required
      />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-text--md">Emplacement</legend>
        {radio("communes", "Une liste de communes")}
        {radio("point", "Un point (longitude, latitude)")}
        {kept && radio("trace", `Le tracé importé (${kept.type === "LineString" ? "ligne" : "polygone"}), conservé tel quel`)}
      </fieldset>
      {placement === "communes" && (
        <>
          <CommuneField
            form={form}
            field="communes"
            label="Ajouter une commune concernée"
            value={search}
            onChange={setSearch}
            onChoose={(code) => {
              setCommunes((list) => (list.includes(code) ? list : [...list, code]));
              setSearch({ text: "", code: null });
            }}
          />
          {search.code && (
            <button
              type="button"
              className="fr-btn fr-btn--sm fr-btn--secondary fr-mb-1w"
              onClick={() => {
                const code = search.code!;
                setCommunes((list) => (list.includes(code) ? list : [...list, code]));
                setSearch({ text: "", code: null });
              }}
            >
              Ajouter la commune {search.code}
            </button>
          )}
          <ul className="zone-list" aria-label="Communes concernées" id={`${communesId}-liste`}>
            {communes.map((code) => (
              <li key={code}>
                <span>
                  {nameOf(code) ?? code} <span className="fr-text--xs">({code})</span>
                </span>
                <button
                  type="button"
                  className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line"
                  aria-label={`Retirer la commune ${nameOf(code) ?? code} (${code})`}
                  title={`Retirer ${code}`}
                  onClick={() => setCommunes((list) => list.filter((item) => item !== code))}
                />
              </li>
            ))}
          </ul>
          {communes.length === 0 && <Messages id={`${communesId}-vide`} error={undefined} warning="Aucune commune pour l'instant." />}
        </>
      )}
      {placement === "point" && <PositionFields form={form} prefix="" value={position} onChange={setPosition} />}
      <TextField form={form} field="tamponKm" label="Zone d'impact autour du projet (km)" hint="0 : seulement les communes touchées." value={tampon} onChange={setTampon} inputMode="decimal" required />
      <div className="position-fields">
        <TextField form={form} field="periode.debut" label="Début" hint="Année (AAAA) ou date (AAAA-MM-JJ)." value={debut} onChange={setDebut} required />
        <TextField form={form} field="periode.fin" label="Fin" hint="Année (AAAA) ou date (AAAA-MM-JJ)." value={fin} onChange={setFin} required />
      </div>
    </FormShell>
  );
}

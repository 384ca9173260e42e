// An acheteur de l'État: name, type, and its place, a commune or else a position.
import { useState } from "react";
import { ACHETEUR_TYPE_LABELS, ACHETEUR_TYPES, type AcheteurEtat } from "../../domain/model.ts";
import type { FieldMessages } from "../../store/entity-validation.ts";
import { useAppStore } from "../store-context.tsx";
import { CommuneField, communeChoiceOf, FormShell, SelectField, TextField, UNCHOSEN_COMMUNE, useCommuneName, type CommuneChoice } from "./fields.tsx";
import { PositionFields, positionTextOf, readPosition, type PositionText } from "./position-fields.tsx";
import type { RecordFormProps } from "./StructureForm.tsx";
import { useRecordForm } from "./useRecordForm.ts";

const LABELS: Record<string, string> = { nom: "Nom", type: "Type d'acheteur", commune: "Commune", longitude: "Longitude", latitude: "Latitude", position: "Position", id: "Identifiant", "": "Acheteur" };

export function AcheteurForm({ record, onSaved, onCancel }: RecordFormProps<AcheteurEtat>) {
  const store = useAppStore();
  const nameOf = useCommuneName();
  const [nom, setNom] = useState(record?.nom ?? "");
  const [type, setType] = useState<string>(record?.type ?? "");
  const [placement, setPlacement] = useState<"commune" | "position">(record && !record.commune && record.position ? "position" : "commune");
  const [commune, setCommune] = useState<CommuneChoice>(() => communeChoiceOf(record?.commune, nameOf));
  const [position, setPosition] = useState<PositionText>(() => positionTextOf(record?.position));

  const own: FieldMessages = {};
  let place: Record<string, unknown>;
  if (placement === "commune") {
    if (!commune.text.trim()) own["commune"] = "Ce champ est obligatoire : la commune de l'acheteur.";
    else if (!commune.code) own["commune"] = UNCHOSEN_COMMUNE;
    place = { commune: commune.code ?? commune.text.trim(), position: undefined };
  } else {
    place = { commune: undefined, position: readPosition(position, own, "") ?? [] };
  }
  const draft: Record<string, unknown> = { nom, type, ...place };
  const form = useRecordForm("acheteur", draft, own, record?.id);
  const save = () =>
    form.submit(
      () => (record ? store.getState().updateRecord("acheteur", record.id, draft) : store.getState().createRecord("acheteur", draft)),
      (outcome) => onSaved(outcome.id ?? record!.id),
    );

  return (
    <FormShell form={form} labelOf={(field) => LABELS[field] ?? field} submitLabel={record ? "Enregistrer les modifications" : "Créer l'acheteur"} onSubmit={save} onCancel={onCancel}>
      <TextField form={form} field="nom" label="Nom" value={nom} onChange={setNom} required />
      <SelectField
        form={form}
        field="type"
        label="Type d'acheteur"
        value={type}
        options={ACHETEUR_TYPES.map((value) => ({ value, label: ACHETEUR_TYPE_LABELS[value] }))}
        placeholder="Choisir un type"
        onChange={setType}
        required
      />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-text--md">Emplacement</legend>
        <div className="fr-radio-group fr-radio-group--sm">
          <input type="radio" id={`${form.formId}-par-commune`} name={`${form.formId}-emplacement`} checked={placement === "commune"} onChange={() => setPlacement("commune")} />
          <label className="fr-label" htmlFor={`${form.formId}-par-commune`}>
            Une commune
          </label>
        </div>
        <div className="fr-radio-group fr-radio-group--sm">
          <input type="radio" id={`${form.formId}-par-position`} name={`${form.formId}-emplacement`} checked={placement === "position"} onChange={() => setPlacement("position")} />
          <label className="fr-label" htmlFor={`${form.formId}-par-position`}>
            Une position (longitude, latitude)
          </label>
        </div>
      </fieldset>
      {placement === "commune" ? (
        <CommuneField form={form} field="commune" label="Commune" value={commune} onChange={setCommune} required />
      ) : (
        <PositionFields form={form} prefix="" value={position} onChange={setPosition} />
      )}
    </FormShell>
  );
}

// A structure porteuse: name, type, commune du siège (by name or INSEE code), SIRET.
import { useState } from "react";
import { STRUCTURE_TYPE_LABELS, STRUCTURE_TYPES, type Structure } from "../../domain/model.ts";
import type { FieldMessages } from "../../store/entity-validation.ts";
import { useAppStore } from "../store-context.tsx";
import { CommuneField, communeChoiceOf, FormShell, SelectField, TextField, UNCHOSEN_COMMUNE, useCommuneName, type CommuneChoice } from "./fields.tsx";
import { useRecordForm } from "./useRecordForm.ts";

const LABELS: Record<string, string> = { nom: "Nom", type: "Type de structure", communeSiege: "Commune du siège", siret: "SIRET", id: "Identifiant", "": "Structure" };
const TYPE_OPTIONS = STRUCTURE_TYPES.map((type) => ({ value: type, label: STRUCTURE_TYPE_LABELS[type] }));

export interface RecordFormProps<T> {
  /** The record edited; a new one when absent. */
  record?: T;
  /** After a save, with the record's id. */
  onSaved(id: string): void;
  onCancel(): void;
}

export function StructureForm({ record, onSaved, onCancel }: RecordFormProps<Structure>) {
  const store = useAppStore();
  const nameOf = useCommuneName();
  const [nom, setNom] = useState(record?.nom ?? "");
  const [type, setType] = useState<string>(record?.type ?? "");
  const [commune, setCommune] = useState<CommuneChoice>(() => communeChoiceOf(record?.communeSiege, nameOf));
  const [siret, setSiret] = useState(record?.siret ?? "");

  const own: FieldMessages = {};
  if (commune.text.trim() && !commune.code) own["communeSiege"] = UNCHOSEN_COMMUNE;
  const siretText = siret.replace(/\s/g, "");
  if (siretText && !/^\d{14}$/.test(siretText)) own["siret"] = `Le SIRET compte 14 chiffres (${siretText.length} saisis).`;
  const draft: Record<string, unknown> = {
    nom,
    type,
    communeSiege: commune.code ?? commune.text.trim(),
    siret: siretText || undefined,
  };
  const form = useRecordForm("structure", draft, own, record?.id);

  const save = () =>
    form.submit(
      () => (record ? store.getState().updateRecord("structure", record.id, draft) : store.getState().createRecord("structure", draft)),
      (outcome) => onSaved(outcome.id ?? record!.id),
    );

  return (
    <FormShell form={form} labelOf={(field) => LABELS[field] ?? field} submitLabel={record ? "Enregistrer les modifications" : "Créer la structure"} onSubmit={save} onCancel={onCancel}>
      <TextField form={form} field="nom" label="Nom" value={nom} onChange={setNom} required />
      <SelectField form={form} field="type" label="Type de structure" value={type} options={TYPE_OPTIONS} placeholder="Choisir un type" onChange={setType} required />
      <CommuneField form={form} field="communeSiege" label="Commune du siège" value={commune} onChange={setCommune} required />
      <TextField form={form} field="siret" label="SIRET (facultatif)" hint="14 chiffres, espaces acceptés." value={siret} onChange={setSiret} inputMode="numeric" />
    </FormShell>
  );
}

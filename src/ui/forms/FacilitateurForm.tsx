// A facilitateur (a post): name, structure porteuse, ETP (French decimal comma), role,
// statut, contacts with their public flag, date of the last update. The same form makes a
// coordinateur régional (`coordinateur`): the role is fixed and a région is its perimeter.
import { useState } from "react";
import { CONTACT_TYPES, FACILITATEUR_STATUTS, type Contact, type ContactType, type Facilitateur, type FacilitateurRole, type FacilitateurStatut } from "../../domain/model.ts";
import type { FieldMessages } from "../../store/entity-validation.ts";
import { localToday } from "../local-today.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { describedBy, FieldMessages as Messages, FormShell, SelectField, TextField } from "./fields.tsx";
import { formatFrenchNumber, parseFrenchNumber } from "./form-values.ts";
import type { RecordFormProps } from "./StructureForm.tsx";
import { useRecordForm, type RecordForm } from "./useRecordForm.ts";

const ROLE_OPTIONS: { value: FacilitateurRole; label: string }[] = [
  { value: "facilitateur", label: "Facilitateur" },
  { value: "coordinateur-regional", label: "Coordinateur régional" },
];
const STATUT_LABELS: Record<FacilitateurStatut, string> = { "en-poste": "En poste", "poste-vacant": "Poste vacant" };
const CONTACT_LABELS: Record<ContactType, string> = { email: "Adresse électronique", telephone: "Téléphone" };

function labelOf(field: string): string {
  const contact = /^contacts\[(\d+)\]\.?(\w*)/.exec(field);
  if (contact) return `Contact ${Number(contact[1]) + 1}${contact[2] === "valeur" ? " : valeur" : contact[2] === "type" ? " : type" : ""}`;
  const labels: Record<string, string> = {
    nom: "Nom",
    structure: "Structure porteuse",
    etp: "ETP",
    role: "Rôle",
    statut: "Statut",
    miseAJour: "Date de mise à jour",
    region: "Région coordonnée",
    perimetre: "Périmètre",
    id: "Identifiant",
    "": "Poste",
  };
  return labels[field.replace(/[.[].*$/, "")] ?? field;
}

interface ContactRow extends Contact {
  /** Stable React key across removals. */
  key: number;
}

function ContactsField({ form, rows, onChange }: { form: RecordForm; rows: ContactRow[]; onChange(rows: ContactRow[]): void }) {
  const [next, setNext] = useState(() => rows.length);
  const update = (k: number, change: Partial<Contact>) => onChange(rows.map((row, i) => (i === k ? { ...row, ...change } : row)));
  return (
    <fieldset className="fr-fieldset contacts-field" aria-labelledby={`${form.formId}-contacts-legende`}>
      <legend className="fr-fieldset__legend fr-text--md" id={`${form.formId}-contacts-legende`}>
        Contacts
      </legend>
      {rows.length === 0 && <p className="fr-text--sm fr-mb-1w">Aucun contact.</p>}
      {rows.map((row, k) => {
        const valueField = `contacts[${k}].valeur`;
        const valueId = form.idOf(valueField);
        const error = form.errorOf(valueField);
        const warning = form.warningOf(valueField);
        return (
          <div className="contact-row" key={row.key} role="group" aria-label={`Contact ${k + 1}`}>
            <div className="fr-select-group">
              <label className="fr-label" htmlFor={form.idOf(`contacts[${k}].type`)}>
                Type du contact {k + 1}
              </label>
              <select
                id={form.idOf(`contacts[${k}].type`)}
                className="fr-select"
                value={row.type}
                onChange={(event) => {
                  update(k, { type: event.target.value as ContactType });
                  form.touch(`contacts[${k}].type`);
                }}
              >
                {CONTACT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {CONTACT_LABELS[type]}
                  </option>
                ))}
              </select>
            </div>
            <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
              <label className="fr-label" htmlFor={valueId}>
                {row.type === "email" ? "Adresse" : "Numéro"} du contact {k + 1}
              </label>
              <input
                id={valueId}
                className={`fr-input${error ? " fr-input--error" : ""}`}
                type={row.type === "email" ? "email" : "tel"}
                autoComplete="off"
                value={row.valeur}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(valueId, false, error, warning)}
                onChange={(event) => {
                  update(k, { valeur: event.target.value });
                  form.touch(valueField);
                }}
                onBlur={() => form.touch(valueField)}
              />
              <Messages id={valueId} error={error} warning={warning} />
            </div>
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id={form.idOf(`contacts[${k}].public`)} checked={row.public} onChange={(event) => update(k, { public: event.target.checked })} />
              <label className="fr-label" htmlFor={form.idOf(`contacts[${k}].public`)}>
                Visible par le public
              </label>
            </div>
            <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" onClick={() => onChange(rows.filter((_, i) => i !== k))}>
              Retirer le contact {k + 1}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--sm"
        onClick={() => {
          onChange([...rows, { key: next, type: "email", valeur: "", public: false }]);
          setNext(next + 1);
        }}
      >
        Ajouter un contact
      </button>
    </fieldset>
  );
}

export interface FacilitateurFormProps extends RecordFormProps<Facilitateur> {
  /** A coordinateur régional: role fixed, a région as perimeter. */
  coordinateur?: boolean;
}

export function FacilitateurForm({ record, onSaved, onCancel, coordinateur = record?.role === "coordinateur-regional" }: FacilitateurFormProps) {
  const store = useAppStore();
  const structures = useAppState((state) => state.derived.project(state)?.structures);
  const regions = useAppState((state) => state.territory?.index.reference.regions);
  const [nom, setNom] = useState(record?.nom ?? "");
  const [structure, setStructure] = useState(record?.structure ?? "");
  const [etp, setEtp] = useState(formatFrenchNumber(record?.etp));
  const [role, setRole] = useState<FacilitateurRole>(record?.role ?? (coordinateur ? "coordinateur-regional" : "facilitateur"));
  const [statut, setStatut] = useState<FacilitateurStatut>(record?.statut ?? "en-poste");
  const [contacts, setContacts] = useState<ContactRow[]>(() => (record?.contacts ?? []).map((contact, key) => ({ ...contact, key })));
  const initialDate = record?.miseAJour ?? localToday();
  const [miseAJour, setMiseAJour] = useState(initialDate);
  const initialRegion = coordinateur ? (record?.perimetre.find((zone) => zone.niveau === "region")?.code ?? "") : "";
  const [region, setRegion] = useState(initialRegion);

  const own: FieldMessages = {};
  const etpValue = parseFrenchNumber(etp);
  if (etpValue === undefined) own["etp"] = "Ce champ est obligatoire : nombre d'ETP du poste, par exemple 0,5 ou 1.";
  else if (etpValue === null) own["etp"] = `Saisissez un nombre d'ETP, par exemple 0,5 ou 1 (virgule décimale) : « ${etp.trim()} » n'est pas un nombre.`;
  else if (etpValue < 0) own["etp"] = "Le nombre d'ETP ne peut pas être négatif.";
  if (coordinateur && !region) own["region"] = "Choisissez la région que ce poste coordonne.";

  const draft: Record<string, unknown> = {
    nom,
    structure,
    etp: typeof etpValue === "number" ? etpValue : etp,
    role,
    statut,
    contacts: contacts.map(({ type, valeur, public: isPublic }) => ({ type, valeur, public: isPublic })),
    // An unchanged date of an edited post becomes today's (the store stamps it).
    ...((!record || miseAJour !== initialDate) && { miseAJour }),
    ...(coordinateur && region && (!record || region !== initialRegion) && { perimetre: [{ niveau: "region", code: region }] }),
  };
  const form = useRecordForm("facilitateur", draft, own, record?.id);

  const save = () =>
    form.submit(
      () => {
        const state = store.getState();
        if (record) return state.updateRecord("facilitateur", record.id, draft);
        return coordinateur ? state.createCoordinateur(region, draft) : state.createRecord("facilitateur", draft);
      },
      (outcome) => onSaved(outcome.id ?? record!.id),
    );

  const structureOptions = [...(structures ?? [])].sort((a, b) => a.nom.localeCompare(b.nom, "fr")).map((s) => ({ value: s.id, label: s.nom }));
  return (
    <FormShell form={form} labelOf={labelOf} submitLabel={record ? "Enregistrer les modifications" : coordinateur ? "Créer le coordinateur" : "Créer le facilitateur"} onSubmit={save} onCancel={onCancel}>
      <TextField form={form} field="nom" label="Nom affiché" hint="Nom de la personne, ou intitulé du poste s'il est vacant." value={nom} onChange={setNom} required />
      <SelectField form={form} field="structure" label="Structure porteuse" value={structure} options={structureOptions} placeholder="Choisir une structure" onChange={setStructure} required />
      <TextField form={form} field="etp" label="ETP (équivalent temps plein)" hint="Par exemple 0,5 pour un mi-temps." value={etp} onChange={setEtp} inputMode="decimal" required />
      {coordinateur ? (
        <SelectField
          form={form}
          field="region"
          label="Région coordonnée"
          value={region}
          options={(regions ?? []).map((r) => ({ value: r.code, label: r.nom }))}
          placeholder="Choisir une région"
          onChange={setRegion}
          required
        />
      ) : (
        <SelectField form={form} field="role" label="Rôle" value={role} options={ROLE_OPTIONS} onChange={(value) => setRole(value as FacilitateurRole)} required />
      )}
      <SelectField
        form={form}
        field="statut"
        label="Statut du poste"
        hint="Un poste vacant compte 0 ETP, son périmètre reste visible."
        value={statut}
        options={FACILITATEUR_STATUTS.map((value) => ({ value, label: STATUT_LABELS[value] }))}
        onChange={(value) => setStatut(value as FacilitateurStatut)}
        required
      />
      <ContactsField form={form} rows={contacts} onChange={setContacts} />
      <TextField form={form} field="miseAJour" label="Date de mise à jour" hint={record ? "Devient la date du jour si vous ne la changez pas." : undefined} type="date" value={miseAJour} onChange={setMiseAJour} required />
    </FormShell>
  );
}

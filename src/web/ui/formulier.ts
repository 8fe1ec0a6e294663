import type { ApiError, InvalidParam } from '../api/client.ts';

/** Field name → reason. The API names fields by their path ("rollen.0"); the field is the first part. */
export type VeldFouten = Record<string, string>;

export interface FormulierFouten {
  velden: VeldFouten;
  /** invalidParams that belong to no field on the form (e.g. "body"), shown in the summary. */
  overig: InvalidParam[];
}

export function veldFouten(err: ApiError, velden: readonly string[]): FormulierFouten {
  const uit: FormulierFouten = { velden: {}, overig: [] };
  for (const p of err.invalidParams) {
    const veld = p.name.split('.')[0] ?? p.name;
    if (velden.includes(veld)) {
      // The first reason per field is the one to fix first; more would crowd the field.
      uit.velden[veld] ??= p.reason;
    } else {
      uit.overig.push(p);
    }
  }
  return uit;
}

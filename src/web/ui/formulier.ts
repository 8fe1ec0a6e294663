import type { ApiError, InvalidParam } from '../api/client.ts';

/** Field name → reason. The API names fields by their path ("rollen.0", "nieuwePersoon.adres.postcode"). */
export type VeldFouten = Record<string, string>;

export interface FormulierFouten {
  velden: VeldFouten;
  /** invalidParams that belong to no field on the form (e.g. "body"), shown in the summary. */
  overig: InvalidParam[];
}

/** The form's field that an API path belongs to: the longest field name that is the path or a prefix of it. */
export function veldVan(pad: string, velden: readonly string[]): string | undefined {
  let beste: string | undefined;
  for (const v of velden) {
    if ((pad === v || pad.startsWith(`${v}.`)) && v.length > (beste?.length ?? -1)) beste = v;
  }
  return beste;
}

/**
 * Sorts the server's invalidParams over the form's fields. A field may be a path itself
 * ("nieuwePersoon.adres.postcode"); "rollen.0" belongs to the field "rollen".
 */
export function veldFouten(err: Pick<ApiError, 'invalidParams'>, velden: readonly string[]): FormulierFouten {
  const uit: FormulierFouten = { velden: {}, overig: [] };
  for (const p of err.invalidParams) {
    const veld = veldVan(p.name, velden);
    if (veld) {
      // The first reason per field is the one to fix first; more would crowd the field.
      uit.velden[veld] ??= p.reason;
    } else {
      uit.overig.push(p);
    }
  }
  return uit;
}

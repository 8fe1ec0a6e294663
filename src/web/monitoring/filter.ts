/** The dashboard's filters: kept in the URL, checked at the field before anything is asked. */
export interface Filter {
  gemeente: string;
  jaar: string;
  van: string;
  tot: string;
  wijk: string;
  looptijden: string;
}

export type FilterFouten = Partial<Record<'jaar' | 'van' | 'tot' | 'looptijden', string>>;
export const FILTER_VELD_ID: Record<keyof FilterFouten, string> = {
  jaar: 'm-jaar',
  van: 'm-van',
  tot: 'm-tot',
  looptijden: 'm-looptijden',
};
const MAAND = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The filter checks at the field, in plain Dutch, before anything is asked from the server. */
export function controleerFilter(f: Filter): FilterFouten {
  const fouten: FilterFouten = {};
  const jaar = f.jaar.trim();
  if (jaar && !(/^\d{4}$/.test(jaar) && Number(jaar) >= 2000 && Number(jaar) <= 2100))
    fouten.jaar = 'Vul een jaar in van vier cijfers, tussen 2000 en 2100, of laat het veld leeg.';
  if (f.van && !MAAND.test(f.van)) fouten.van = 'Vul een maand in als jaar-maand, bijvoorbeeld 2026-01.';
  if (f.tot && !MAAND.test(f.tot)) fouten.tot = 'Vul een maand in als jaar-maand, bijvoorbeeld 2026-12.';
  if (!fouten.van && !fouten.tot && f.van && f.tot && f.van > f.tot)
    fouten.tot = 'Kies een maand die niet vóór de eerste maand ligt.';
  if (
    f.looptijden &&
    !/^\d{1,3}(:\d+([.,]\d+)?)?(,\d{1,3}(:\d+([.,]\d+)?)?)*$/.test(f.looptijden.replaceAll(' ', ''))
  )
    fouten.looptijden = 'Vul looptijden in maanden in, gescheiden door komma’s, bijvoorbeeld 12,24,36.';
  return fouten;
}

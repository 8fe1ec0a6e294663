import { beschikkingKenmerk } from '../../../domain/beschikking.ts';
import { exportlijst } from '../../platform/export/lijst.ts';
import { DOEL_AANVRAAG } from './doel.ts';
import type { aanvragenVanMelding } from './usecases/aanvragen-van-melding.ts';
import type { lijstAanvragen } from './usecases/lijst-aanvragen.ts';

/** The aanvragen lists as CSV/XLSX (platform/export/lijst.ts; rule in docs/export.md). */

type Aanvraag = Awaited<ReturnType<typeof aanvragenVanMelding>>[number];

/** The columns both lists share; the omschrijving is the resident's own request in free text. */
function aanvraagKolommen<T extends Aanvraag>() {
  return [
    { sleutel: 'aanvraagdatum', kop: 'Aanvraagdatum', waarde: (a: T) => a.aanvraagdatum },
    { sleutel: 'grondslag', kop: 'Grondslag', waarde: (a: T) => a.grondslag },
    {
      sleutel: 'omschrijving',
      kop: 'Omschrijving',
      waarde: (a: T) => a.omschrijving,
      persoonsgegevens: true,
      citeren: true,
    },
    { sleutel: 'status', kop: 'Status', waarde: (a: T) => a.status },
    {
      sleutel: 'beschikkingUiterlijk',
      kop: 'Beschikken uiterlijk',
      waarde: (a: T) => a.termijnen.beschikkingUiterlijk,
    },
    {
      sleutel: 'beschikking',
      kop: 'Beschikking',
      waarde: (a: T) => (a.beschikking ? beschikkingKenmerk(a.beschikking.nummer) : null),
    },
    { sleutel: 'beschikkingStatus', kop: 'Status beschikking', waarde: (a: T) => a.beschikking?.status },
  ];
}

export const AANVRAGEN_VAN_MELDING = exportlijst({
  naam: 'aanvragen-melding',
  titel: 'Aanvragen van de melding',
  objectType: 'aanvraag',
  doel: DOEL_AANVRAAG,
  rijen: (r: Awaited<ReturnType<typeof aanvragenVanMelding>>) => r,
  persoon: (a) => a.persoonId,
  kolommen: aanvraagKolommen(),
});

type Pagina = Awaited<ReturnType<typeof lijstAanvragen>>;
type Item = Pagina['items'][number];

/** The backoffice worklist "Te beschikken". */
export const AANVRAGEN = exportlijst({
  naam: 'aanvragen',
  titel: 'Aanvragen',
  objectType: 'aanvraag',
  doel: DOEL_AANVRAAG,
  rijen: (p: Pagina) => p.items,
  pagina: { cursor: 'na', volgende: (p) => p.volgende },
  persoon: (a) => a.persoon.id,
  kolommen: [
    {
      sleutel: 'naam',
      kop: 'Naam',
      waarde: (a: Item) => a.persoon.naam,
      persoonsgegevens: true,
      citeren: true,
    },
    ...aanvraagKolommen<Item>(),
    { sleutel: 'dagenOver', kop: 'Dagen over', waarde: (a: Item) => a.dagenOver },
  ],
});

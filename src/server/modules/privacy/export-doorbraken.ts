import { cel, exportlijst } from '../../platform/export/lijst.ts';
import type { toonDoorbraken } from './usecases/beoordeel-doorbraak.ts';
import type { signalen } from './usecases/signalen.ts';

type Lijst = Awaited<ReturnType<typeof toonDoorbraken>>;
type Sig = Awaited<ReturnType<typeof signalen>>;

/** The doorbraak review list as CSV/XLSX: who, when, why and the verdict; persons by id only. */
export const DOORBRAKEN = exportlijst({
  naam: 'doorbraken',
  titel: 'Doorbraken',
  objectType: 'doorbraak',
  doel: 'toezicht-op-gegevensverwerking',
  rijen: (l: Lijst) => l,
  persoon: (r) => r.persoonId,
  kolommen: [
    { sleutel: 'aangemaaktOp', kop: 'Tijdstip (UTC)', waarde: (r) => cel.tijdstip(r.aangemaaktOp) },
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (r) => r.gemeenteCode },
    { sleutel: 'medewerker', kop: 'Medewerker', waarde: (r) => r.medewerker.naam, citeren: true },
    { sleutel: 'persoonId', kop: 'Persoon (id)', waarde: (r) => r.persoonId },
    { sleutel: 'reden', kop: 'Reden', waarde: (r) => r.reden },
    {
      sleutel: 'toelichting',
      kop: 'Toelichting',
      waarde: (r) => r.toelichting,
      citeren: true,
      persoonsgegevens: true,
    },
    { sleutel: 'geldigTot', kop: 'Geldig tot (UTC)', waarde: (r) => cel.tijdstip(r.geldigTot) },
    { sleutel: 'toegangen', kop: 'Toegangen onder doorbraak', waarde: (r) => r.toegangen },
    { sleutel: 'oordeel', kop: 'Oordeel', waarde: (r) => r.beoordeling?.oordeel ?? 'te beoordelen' },
    { sleutel: 'beoordeeldDoor', kop: 'Beoordeeld door', waarde: (r) => r.beoordeling?.door ?? null },
  ],
});

/** The anomaly signals per medewerker as CSV/XLSX. */
export const SIGNALEN = exportlijst({
  naam: 'privacy-signalen',
  titel: 'Signalen doorbraken en openen zonder relatie',
  objectType: 'privacy-signalen',
  doel: 'toezicht-op-gegevensverwerking',
  rijen: (s: Sig) => s.medewerkers,
  toelichting: (s) => [`Periode ${s.van} tot en met ${s.tot}`],
  kolommen: [
    { sleutel: 'gebruikersnaam', kop: 'Gebruiker', waarde: (r) => r.gebruikersnaam },
    { sleutel: 'doorbraken', kop: 'Doorbraken', waarde: (r) => r.doorbraken },
    { sleutel: 'onterecht', kop: 'Onterecht', waarde: (r) => r.onterecht },
    {
      sleutel: 'geweigerdePersonen',
      kop: 'Personen zonder relatie geopend',
      waarde: (r) => r.geweigerdePersonen,
    },
    {
      sleutel: 'gezochtZonderRelatie',
      kop: 'Zonder relatie gezocht of bekeken',
      waarde: (r) => r.gezochtZonderRelatie,
    },
  ],
});

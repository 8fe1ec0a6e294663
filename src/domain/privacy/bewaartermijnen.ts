/**
 * Bewaartermijnen (Archiefwet 1995 art. 5; AVG art. 5 lid 1 sub e) for Wmo dossiers, and whether a
 * person's dossiers have all passed their term. Pure: the facts come from the database.
 *
 * The defaults follow the Selectielijst gemeenten en intergemeentelijke organen (VNG, versie 2020),
 * procestype "Verstrekken maatwerkvoorziening Wmo": the dossier of a provided voorziening (with its
 * ondersteuningsplan) is destroyed 15 years after the provision ended, a dossier in which nothing was
 * provided 5 years after it was closed. The gemeente's archivist confirms these values (and the exact
 * categories of the version in force) before destruction goes live: beheer records that in `bron`.
 */
export const DOSSIERSOORTEN = ['wmo-met-voorziening', 'wmo-zonder-voorziening'] as const;
export type Dossiersoort = (typeof DOSSIERSOORTEN)[number];

export interface Bewaartermijn {
  dossiersoort: Dossiersoort;
  jaren: number;
  bron: string;
}

export const STANDAARD_BEWAARTERMIJNEN: Record<Dossiersoort, Bewaartermijn> = {
  'wmo-met-voorziening': {
    dossiersoort: 'wmo-met-voorziening',
    jaren: 15,
    bron: 'Selectielijst gemeenten en intergemeentelijke organen 2020 (VNG), Wmo-maatwerkvoorziening verstrekt: 15 jaar na beëindiging van de voorziening. Standaardwaarde, te bevestigen door de archivaris.',
  },
  'wmo-zonder-voorziening': {
    dossiersoort: 'wmo-zonder-voorziening',
    jaren: 5,
    bron: 'Selectielijst gemeenten en intergemeentelijke organen 2020 (VNG), Wmo-melding of aanvraag zonder verstrekking: 5 jaar na afsluiting. Standaardwaarde, te bevestigen door de archivaris.',
  },
};

/** What the database knows about one person's dossiers (dates as YYYY-MM-DD). */
export interface DossierFeiten {
  /** Open work: a melding, onderzoek, aanvraag, concept beschikking, bezwaar, klacht, verzoek or verwijzing. */
  openZaak: boolean;
  /** An open bezwaar/beroep or a manual bewaarplicht. */
  bewaarplicht: boolean;
  /** Granted voorzieningen: their (effective) end, or null while one runs without end. */
  voorzieningEinden: ReadonlyArray<string | null>;
  /** The last date on which a dossier without voorziening was closed (melding, onderzoek, besluit). */
  laatsteAfsluiting: string | null;
}

export type Beoordeling =
  | { vernietigen: true; dossiersoort: Dossiersoort; einde: string; termijnVerstreken: string }
  | {
      vernietigen: false;
      reden: 'open-zaak' | 'bewaarplicht' | 'lopende-voorziening' | 'termijn-loopt' | 'geen-dossier';
    };

function plusJaren(datum: string, jaren: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  // 29 February plus a number of years that is no leap year: 28 February (the term ends no later).
  const dt = new Date(Date.UTC(j + jaren, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) dt.setUTCDate(0);
  return dt.toISOString().slice(0, 10);
}

/**
 * Whether all of a person's dossiers passed their term on `peildatum`. With a voorziening the
 * whole file follows the longer term, counted from the end of the last voorziening.
 */
export function beoordeelBewaring(
  f: DossierFeiten,
  termijnen: Record<Dossiersoort, Pick<Bewaartermijn, 'jaren'>>,
  peildatum: string,
): Beoordeling {
  if (f.openZaak) return { vernietigen: false, reden: 'open-zaak' };
  if (f.bewaarplicht) return { vernietigen: false, reden: 'bewaarplicht' };
  let soort: Dossiersoort;
  let einde: string | null;
  if (f.voorzieningEinden.length > 0) {
    if (f.voorzieningEinden.some((e) => e === null))
      return { vernietigen: false, reden: 'lopende-voorziening' };
    soort = 'wmo-met-voorziening';
    einde = [...(f.voorzieningEinden as string[]), f.laatsteAfsluiting ?? ''].sort().at(-1)!;
  } else {
    soort = 'wmo-zonder-voorziening';
    einde = f.laatsteAfsluiting;
  }
  if (!einde) return { vernietigen: false, reden: 'geen-dossier' };
  const verstreken = plusJaren(einde, termijnen[soort].jaren);
  // The term has passed when the peildatum lies after its last day.
  if (verstreken >= peildatum) return { vernietigen: false, reden: 'termijn-loopt' };
  return { vernietigen: true, dossiersoort: soort, einde, termijnVerstreken: verstreken };
}

/**
 * The ladder of solutions (docs/woordenlijst.md): 1. advies en doorverwijzing, 2. collectief en preventie,
 * 3. zo nodig een individuele maatwerkvoorziening. Every melding records the step at which it was
 * resolved, so monitoring can show the shift away from individual provisions.
 */
export const LADDER_STAPPEN = ['advies-doorverwijzing', 'collectief-preventie', 'maatwerk'] as const;
export type LadderStap = (typeof LADDER_STAPPEN)[number];

export const LADDER_OMSCHRIJVING: Record<LadderStap, string> = {
  'advies-doorverwijzing': '1. Advies of doorverwijzing naar een voorliggende voorziening',
  'collectief-preventie': '2. Collectieve of preventieve oplossing',
  maatwerk: '3. Individuele maatwerkvoorziening',
};

export const TRIAGE_UITKOMSTEN = ['informatie-advies', 'doorverwijzing', 'preventie', 'onderzoek'] as const;
export type TriageUitkomst = (typeof TRIAGE_UITKOMSTEN)[number];

/** The one list of a melding's kinds and states: the API schemas and the row types derive from it. */
export const MELDING_SOORTEN = ['melding', 'informatievraag', 'signaal'] as const;
export type MeldingSoort = (typeof MELDING_SOORTEN)[number];
export const MELDING_STATUSSEN = [
  'nieuw',
  'onderzoek',
  'verwezen-preventie',
  'aanvraag',
  'afgesloten',
] as const;
export type MeldingStatus = (typeof MELDING_STATUSSEN)[number];

export interface TriageGevolg {
  status: MeldingStatus;
  /** Null while the outcome is still open (onderzoek decides later). */
  ladder: LadderStap | null;
  afgesloten: boolean;
}

export class TriageWeigering extends Error {
  constructor(
    readonly veld: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface TriageInvoer {
  uitkomst: TriageUitkomst;
  toelichting?: string | null;
  verwijzing?: string | null;
  /** The melding's referral to a partner, if any: still running, or closed with 'opgelost'. */
  preventieVerwijzing?: 'lopend' | 'opgelost' | null;
  behandelaarId?: string | null;
}

/**
 * What a triage outcome means for the melding, and the guards: only a new melding or signaal is
 * triaged; preventie follows a verwijzing to a partner (which carries the resident's consent);
 * onderzoek is only for a melding (a signaal first becomes a melding when the resident
 * wants help) and needs a behandelaar, who becomes the household's contactpersoon.
 */
export function triageGevolg(soort: MeldingSoort, status: MeldingStatus, invoer: TriageInvoer): TriageGevolg {
  if (status !== 'nieuw') {
    throw new TriageWeigering('uitkomst', 'al-getrieerd', 'Deze melding is al getrieerd.');
  }
  if (soort === 'informatievraag') {
    throw new TriageWeigering(
      'uitkomst',
      'geen-triage',
      'Een informatievraag wordt bij registratie afgehandeld.',
    );
  }
  switch (invoer.uitkomst) {
    case 'informatie-advies':
      if (!invoer.toelichting?.trim()) {
        throw new TriageWeigering(
          'toelichting',
          'verplicht',
          'Beschrijf welke informatie of welk advies is gegeven.',
        );
      }
      return { status: 'afgesloten', ladder: 'advies-doorverwijzing', afgesloten: true };
    case 'doorverwijzing':
      if (!invoer.verwijzing?.trim()) {
        throw new TriageWeigering(
          'verwijzing',
          'verplicht',
          'Noem de voorziening of organisatie waarnaar is doorverwezen.',
        );
      }
      return { status: 'afgesloten', ladder: 'advies-doorverwijzing', afgesloten: true };
    case 'preventie':
      // Issue 16: a referral to a partner is a verwijzing of its own (POST /verwijzingen), with the
      // consent as a record. The triage only follows it: without one there is nothing for the
      // partner to receive, so the triage is refused and points to the verwijzing.
      if (!invoer.preventieVerwijzing) {
        throw new TriageWeigering(
          'uitkomst',
          'verwijs-via-verwijzing',
          'Verwijs eerst naar een partner met een verwijzing (Verwijzing naar preventie, POST /api/v1/verwijzingen), met de toestemming van de inwoner. Daarna sluit u de melding hier af.',
        );
      }
      // Solved by preventie only after the partner's terugkoppeling 'opgelost'; counting the
      // referral itself overstated the shift.
      return invoer.preventieVerwijzing === 'opgelost'
        ? { status: 'afgesloten', ladder: 'collectief-preventie', afgesloten: true }
        : { status: 'verwezen-preventie', ladder: null, afgesloten: false };
    case 'onderzoek':
      if (soort !== 'melding') {
        throw new TriageWeigering(
          'uitkomst',
          'eerst-omzetten',
          'Een signaal gaat pas naar onderzoek als de inwoner hulp vraagt: zet het eerst om naar een melding.',
        );
      }
      if (!invoer.behandelaarId) {
        throw new TriageWeigering(
          'behandelaarId',
          'verplicht',
          'Kies de toegangsmedewerker die het onderzoek doet.',
        );
      }
      return { status: 'onderzoek', ladder: null, afgesloten: false };
  }
}

/** Open = still in the worklist. */
export const OPEN_STATUSSEN: readonly MeldingStatus[] = ['nieuw', 'onderzoek'];

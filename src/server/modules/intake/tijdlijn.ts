import { LADDER_OMSCHRIJVING, type LadderStap } from '../../domain/ladder.ts';

const TRIAGE: Record<string, string> = {
  'informatie-advies': 'informatie of advies gegeven',
  doorverwijzing: 'doorverwezen naar een voorliggende voorziening',
  preventie: 'verwezen naar preventie (partner)',
  onderzoek: 'onderzoek nodig',
};

/** A Dutch sentence for each domain event on the case timeline (no personal data in events). */
export function omschrijfEvent(type: string, data: Record<string, unknown>): string {
  switch (type) {
    case 'MeldingOntvangen':
      return `Melding ontvangen via ${String(data.kanaal)}${data.spoed ? ' (spoed)' : ''}; onderzoek uiterlijk ${String(data.onderzoekUiterlijk)}`;
    case 'SignaalOntvangen':
      return `Signaal ontvangen via ${String(data.kanaal)}`;
    case 'InformatievraagBeantwoord':
      return 'Informatievraag beantwoord';
    case 'OntvangstbevestigingGemaakt':
      return 'Ontvangstbevestiging gemaakt';
    case 'TriageAfgerond':
      return `Triage: ${TRIAGE[String(data.uitkomst)] ?? String(data.uitkomst)}${
        data.ladder ? ` — ${LADDER_OMSCHRIJVING[data.ladder as LadderStap] ?? ''}` : ''
      }`;
    case 'BehandelaarToegewezen':
      return data.vorigeMedewerkerId
        ? 'Melding herverdeeld aan een andere behandelaar'
        : 'Behandelaar toegewezen';
    case 'ContactpersoonGewijzigd':
      return 'Contactpersoon van het huishouden gewijzigd';
    case 'SignaalOmgezetInMelding':
      return `Signaal omgezet in een melding; onderzoek uiterlijk ${String(data.onderzoekUiterlijk)}`;
    default:
      return type;
  }
}

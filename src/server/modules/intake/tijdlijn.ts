import { LADDER_OMSCHRIJVING, type LadderStap } from '../../../domain/ladder.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';

const KANAAL: Record<string, string> = {
  telefoon: 'telefoon',
  balie: 'de balie',
  wijklocatie: 'de wijklocatie',
  'email-brief': 'e-mail of brief',
  online: 'het online formulier',
  signaal: 'een signaal van een professional',
};

const kanaal = (v: unknown) => KANAAL[String(v)] ?? String(v);
const datum = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDatumLang(v) : String(v);

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
      return `Melding ontvangen via ${kanaal(data.kanaal)}${data.spoed ? ' (spoed)' : ''}; onderzoek uiterlijk ${datum(data.onderzoekUiterlijk)}`;
    case 'SignaalOntvangen':
      return `Signaal ontvangen via ${kanaal(data.kanaal)}`;
    case 'InformatievraagBeantwoord':
      return 'Informatievraag beantwoord';
    case 'OntvangstbevestigingGemaakt':
      return 'Ontvangstbevestiging gemaakt';
    case 'TriageAfgerond':
      return `Triage: ${TRIAGE[String(data.uitkomst)] ?? String(data.uitkomst)}${
        data.ladder ? ` — ${LADDER_OMSCHRIJVING[data.ladder as LadderStap] ?? ''}` : ''
      }`;
    case 'NaarPartnerVerwezen':
      return 'Verwezen naar een partner; de melding blijft open en de termijn loopt door';
    case 'BehandelaarToegewezen':
      return data.vorigeMedewerkerId
        ? 'Melding herverdeeld aan een andere behandelaar'
        : 'Behandelaar toegewezen';
    case 'ContactpersoonGewijzigd':
      return 'Contactpersoon van het huishouden gewijzigd';
    case 'SignaalOmgezetInMelding':
      return `Signaal omgezet in een melding; onderzoek uiterlijk ${datum(data.onderzoekUiterlijk)}`;
    case 'OnderzoekGestart':
      return 'Onderzoek gestart';
    case 'GesprekGevoerd':
      return `Gesprek gevoerd op ${datum(data.datum)}`;
    case 'OnderzoekAfgerond':
      return `Onderzoek afgerond — ${LADDER_OMSCHRIJVING[data.ladder as LadderStap] ?? String(data.ladder)}${data.binnenTermijn === false ? ' (na de termijn)' : ''}`;
    case 'VerslagVerstuurd':
      return `Verslag verstuurd op ${datum(data.verstuurdOp)}`;
    case 'ReactieOpVerslagOntvangen':
      return data.akkoord
        ? 'Reactie op het verslag ontvangen: akkoord'
        : 'Reactie op het verslag ontvangen: niet akkoord';
    case 'AanvraagOntvangen':
      return `Aanvraag ontvangen op ${datum(data.aanvraagdatum)}; beschikking uiterlijk ${datum(data.beschikkingUiterlijk)}`;
    case 'MeldingDoorgezetNaarRegio':
      return 'Doorgezet naar de regionale toegang beschermd wonen en opvang';
    default:
      return type;
  }
}

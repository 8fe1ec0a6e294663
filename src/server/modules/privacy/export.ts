import { cel, exportlijst } from '../../platform/export/lijst.ts';
import type { searchAudit } from './service.ts';
import type { toonVerzoeken } from './usecases/toon-verzoeken.ts';
import type { registerJson } from './verwerkingsregister.ts';

type Pagina = Awaited<ReturnType<typeof searchAudit>>;

/**
 * The audit trail as CSV/XLSX for the auditor. Its rows name employees (who did what) and refer to
 * records by id; by design they hold no residents' personal data (ARCHITECTURE.md, Audittrail).
 */
export const AUDIT_LOGREGELS = exportlijst({
  naam: 'audittrail',
  titel: 'Audittrail',
  objectType: 'audit_log',
  doel: 'toezicht-op-gegevensverwerking',
  rijen: (p: Pagina) => p.regels,
  pagina: { cursor: 'voor', volgende: (p) => p.volgende },
  kolommen: [
    { sleutel: 'id', kop: 'Nummer', waarde: (r) => r.id },
    { sleutel: 'tijdstip', kop: 'Tijdstip (UTC)', waarde: (r) => cel.tijdstip(r.tijdstip) },
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (r) => r.gemeenteCode },
    { sleutel: 'gebruikersnaam', kop: 'Gebruiker', waarde: (r) => r.gebruikersnaam },
    { sleutel: 'rol', kop: 'Rol', waarde: (r) => r.rol },
    { sleutel: 'organisatieId', kop: 'Organisatie-id', waarde: (r) => r.organisatieId },
    { sleutel: 'actie', kop: 'Actie', waarde: (r) => r.actie },
    { sleutel: 'objectType', kop: 'Objecttype', waarde: (r) => r.objectType },
    { sleutel: 'objectId', kop: 'Object-id', waarde: (r) => r.objectId },
    { sleutel: 'resultaat', kop: 'Resultaat', waarde: (r) => r.resultaat },
    { sleutel: 'doel', kop: 'Doel', waarde: (r) => r.doel },
    { sleutel: 'herkomstIp', kop: 'IP-adres', waarde: (r) => r.herkomstIp },
    { sleutel: 'sessie', kop: 'Sessie', waarde: (r) => r.sessie },
    { sleutel: 'verzoekId', kop: 'Verzoek-id', waarde: (r) => r.verzoekId },
    { sleutel: 'toelichting', kop: 'Toelichting', waarde: (r) => r.toelichting, citeren: true },
    { sleutel: 'personen', kop: 'Personen (id)', waarde: (r) => r.personen?.join(' ') ?? null },
    { sleutel: 'doorbraakId', kop: 'Doorbraak (id)', waarde: (r) => r.doorbraakId },
    { sleutel: 'verzegeld', kop: 'Verzegeld', waarde: (r) => r.verzegeld },
  ],
});

/** The privacy officer's worklist of data-subject requests, with their terms (AVG art. 12 lid 3). */
export const PRIVACYVERZOEKEN = exportlijst({
  naam: 'privacyverzoeken',
  titel: 'Privacyverzoeken',
  objectType: 'privacyverzoek',
  doel: 'rechten-betrokkene',
  rijen: (j: Awaited<ReturnType<typeof toonVerzoeken>>) => j,
  persoon: (r) => r.persoonId,
  kolommen: [
    { sleutel: 'gemeente', kop: 'Gemeente', waarde: (r) => r.gemeenteCode },
    {
      sleutel: 'naam',
      kop: 'Betrokkene',
      waarde: (r) => r.persoonNaam,
      persoonsgegevens: true,
      citeren: true,
    },
    { sleutel: 'soort', kop: 'Soort', waarde: (r) => r.soort },
    { sleutel: 'ontvangstdatum', kop: 'Ontvangen', waarde: (r) => r.ontvangstdatum },
    { sleutel: 'uiterlijk', kop: 'Afhandelen uiterlijk', waarde: (r) => r.termijnen.afhandelingUiterlijk },
    { sleutel: 'verlengd', kop: 'Verlengd', waarde: (r) => (r.termijnen.verlengd ? 'ja' : 'nee') },
    { sleutel: 'status', kop: 'Status', waarde: (r) => r.status },
    { sleutel: 'besluit', kop: 'Besluit', waarde: (r) => r.besluit },
  ],
});

/** The register of processing activities (AVG art. 30): no personal data, one row per processing. */
export const REGISTER = exportlijst({
  naam: 'verwerkingsregister',
  titel: 'Verwerkingsregister',
  objectType: 'verwerkingsregister',
  doel: 'toezicht-op-gegevensverwerking',
  rijen: (j: ReturnType<typeof registerJson>) => j,
  kolommen: [
    { sleutel: 'id', kop: 'Verwerking', waarde: (r) => r.id },
    { sleutel: 'naam', kop: 'Naam', waarde: (r) => r.naam },
    { sleutel: 'doel', kop: 'Doel', waarde: (r) => r.doel, citeren: true },
    { sleutel: 'grondslagen', kop: 'Grondslagen', waarde: (r) => cel.lijst(r.grondslagen), citeren: true },
    { sleutel: 'betrokkenen', kop: 'Betrokkenen', waarde: (r) => cel.lijst(r.categorieenBetrokkenen) },
    {
      sleutel: 'gegevens',
      kop: 'Gegevens',
      waarde: (r) => cel.lijst(r.categorieenGegevens.map((c) => c.omschrijving)),
    },
    { sleutel: 'ontvangers', kop: 'Ontvangers', waarde: (r) => cel.lijst(r.ontvangers), citeren: true },
    { sleutel: 'bewaartermijn', kop: 'Bewaartermijn', waarde: (r) => r.bewaartermijn, citeren: true },
    { sleutel: 'modules', kop: 'Modules', waarde: (r) => cel.lijst(r.modules) },
  ],
});

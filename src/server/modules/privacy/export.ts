import { cel, exportlijst } from '../../platform/export/lijst.ts';
import type { searchAudit } from './service.ts';

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
    { sleutel: 'verzegeld', kop: 'Verzegeld', waarde: (r) => r.verzegeld },
  ],
});

import type { Scherm } from '../app/scherm.ts';
import { AuditPagina } from './AuditPagina.tsx';
import { InzagePagina } from './InzagePagina.tsx';

export const AUDIT_SCHERMEN: readonly Scherm[] = [
  { pad: '/audittrail', label: 'Audittrail', recht: 'audit.raadplegen', pagina: AuditPagina },
  // NEN 7513: who has seen a person's data (API: GET /audit-personen, /audit-logregels?persoon=…).
  { pad: '/inzage', label: 'Wie zag een persoon?', recht: 'audit.raadplegen', pagina: InzagePagina },
];

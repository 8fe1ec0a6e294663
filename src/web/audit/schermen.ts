import type { Scherm } from '../app/scherm.ts';
import { AuditPagina } from './AuditPagina.tsx';

export const AUDIT_SCHERMEN: readonly Scherm[] = [
  { pad: '/audittrail', label: 'Audittrail', recht: 'audit.raadplegen', pagina: AuditPagina },
];

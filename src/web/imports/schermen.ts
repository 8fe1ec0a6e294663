import type { Scherm } from '../app/scherm.ts';
import { ImportPagina } from './ImportPagina.tsx';

export const IMPORT_SCHERMEN: readonly Scherm[] = [
  { pad: '/beheer/import', label: 'Import', recht: 'imports.uitvoeren', pagina: ImportPagina },
];

import type { Afzender, Brief } from '../../../platform/documents/brief.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';

export interface VerklaringInput {
  gemeente: Afzender;
  lijstId: string;
  datum: string;
  peildatum: string;
  vernietigd: Array<{
    pseudoniem: string;
    dossiersoort: string;
    einde: string;
    termijnVerstreken: string;
    rijen: number;
  }>;
  nietVernietigd: Array<{ pseudoniem: string; reden: string }>;
  goedkeuringen: Array<{ rol: string; naam: string; op: string }>;
}

const ROL: Record<string, string> = { archivaris: 'archivaris', auditor: 'privacy officer' };

/**
 * The vernietigingsverklaring (Archiefbesluit 1995 art. 8): what was destroyed, on which list,
 * approved by whom and when. Persons appear by pseudonym only: the statement itself holds no
 * personal data, so it can be kept permanently.
 */
export function vernietigingsverklaring(v: VerklaringInput): Brief {
  const kenmerk = `VL-${v.lijstId.slice(0, 8).toUpperCase()}`;
  return {
    afzender: v.gemeente,
    geadresseerde: { naam: 'Archief', regels: [`Gemeente ${v.gemeente.gemeenteNaam}`] },
    datum: v.datum,
    kenmerk,
    onderwerp: 'Verklaring van vernietiging van Wmo-dossiers',
    aanhef: 'Verklaring,',
    blokken: [
      {
        alineas: [
          `Op ${formatDatumLang(v.datum)} zijn de dossiers vernietigd van de personen op vernietigingslijst ${kenmerk} (opgesteld met peildatum ${formatDatumLang(v.peildatum)}). Van elk dossier was de bewaartermijn volgens de Selectielijst verstreken; er was geen open zaak en geen bewaarplicht.`,
          'De persoonsgegevens zijn uit alle onderdelen van Open Toegang verwijderd, ook uit de gemaakte documenten. In het audittrail staan de personen alleen nog onder hun pseudoniem. Anonieme tellingen voor de monitoring zijn bewaard.',
        ],
      },
      {
        kop: 'Goedgekeurd door',
        lijst: v.goedkeuringen.map((g) => `${g.naam} (${ROL[g.rol] ?? g.rol}), ${formatDatumLang(g.op)}`),
      },
      {
        kop: `Vernietigd (${v.vernietigd.length})`,
        lijst: v.vernietigd.map(
          (p) =>
            `${p.pseudoniem}: ${p.dossiersoort}, einde ${p.einde}, termijn verstreken ${p.termijnVerstreken}, ${p.rijen} gegevensregels`,
        ),
      },
      ...(v.nietVernietigd.length > 0
        ? [
            {
              kop: `Niet vernietigd (${v.nietVernietigd.length})`,
              lijst: v.nietVernietigd.map((p) => `${p.pseudoniem}: ${p.reden}`),
            },
          ]
        : []),
    ],
    afsluiting: 'Deze verklaring wordt blijvend bewaard.',
    ondertekening: { naam: 'Open Toegang', functie: 'namens het college van burgemeester en wethouders' },
  };
}

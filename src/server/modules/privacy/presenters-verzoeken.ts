import type { VerzoekRow } from './repo-verzoeken.ts';

/** A request as the API shows it; `termijnen.afhandelingUiterlijk` is the term that applies now. */
export function presenteerVerzoek(r: VerzoekRow) {
  return {
    id: r.id,
    gemeenteCode: r.gemeenteCode,
    persoonId: r.persoonId,
    persoonNaam: r.persoonNaam,
    soort: r.soort,
    ontvangstdatum: r.ontvangstdatum,
    toelichting: r.toelichting,
    status: r.status,
    termijnen: {
      afhandelingUiterlijk: r.verlengdUiterlijk ?? r.afhandelingUiterlijk,
      oorspronkelijkUiterlijk: r.afhandelingUiterlijk,
      verlengingMeldenUiterlijk: r.verlengingMeldenUiterlijk,
      verlengd: r.verlengdUiterlijk !== null,
    },
    verlenging: r.verlengingReden ? { reden: r.verlengingReden, gemeldOp: r.verlengdOp ?? '' } : null,
    besluit: r.besluit,
    motivering: r.motivering,
    afgehandeldOp: r.afgehandeldOp,
    versie: r.versie,
  };
}

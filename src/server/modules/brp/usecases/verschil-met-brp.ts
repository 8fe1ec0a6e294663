import { writeAudit } from '../../../platform/audit/audit.ts';
import type { BrpConfig } from '../../../platform/config.ts';
import type { Database } from '../../../platform/db/types.ts';
import { brpClient } from '../client.ts';
import { naarPersoon } from '../mapping.ts';
import { brpRepo, type TeControlerenRow } from '../repo-brp.ts';
import { DOELEN, VELDEN } from '../velden.ts';
import { vergelijkMetBrp } from '../verschil.ts';

/** The BRP answers at most 20 BSNs per question (RaadpleegMetBurgerservicenummer, maxItems 20). */
const PER_VRAAG = 20;

const SUBJECT = {
  gebruikerId: null,
  gebruikersnaam: 'taak:brp-verschil',
  rol: null,
  organisatieId: null,
  gemeenteCode: null,
  soort: null,
  herkomst: { ip: '-', sessie: null, verzoekId: 'taak:brp-verschil' },
};

export interface VerschilResultaat {
  gecontroleerd: number;
  signalen: number;
  fouten: number;
}

/**
 * The nightly "verschil met BRP": every person with a BSN in an open case is compared with the
 * BRP (only address and overlijden are asked). A difference becomes an open signal for the
 * household's contactpersoon; our data is never changed here — the medewerker decides.
 */
export async function controleerVerschilMetBrp(
  db: Database,
  config: BrpConfig | null,
): Promise<VerschilResultaat> {
  const uit: VerschilResultaat = { gecontroleerd: 0, signalen: 0, fouten: 0 };
  if (!config) return uit;
  const client = brpClient(config);
  const gemeenten = await db.systemTransaction((tx) => brpRepo.gemeenten(tx));
  for (const gemeente of gemeenten) {
    const personen = await db.systemTransaction((tx) => brpRepo.teControleren(tx, gemeente));
    for (let i = 0; i < personen.length; i += PER_VRAAG) {
      const groep = personen.slice(i, i + PER_VRAAG);
      const r = await controleerGroep(db, client, gemeente, groep);
      uit.gecontroleerd += r.gecontroleerd;
      uit.signalen += r.signalen;
      uit.fouten += r.fouten;
    }
  }
  return uit;
}

async function controleerGroep(
  db: Database,
  client: ReturnType<typeof brpClient>,
  gemeente: string,
  groep: TeControlerenRow[],
): Promise<VerschilResultaat> {
  const doel = DOELEN.verschil;
  const bsns = groep.map((p) => p.bsn);
  const fields = [...VELDEN.verschil];
  const antwoord = await client.vraag(
    { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: bsns, fields },
    { ...doel, gebruiker: 'taak:brp-verschil' },
  );
  return db.systemTransaction(async (tx) => {
    const personen = antwoord.ok ? antwoord.personen.map(naarPersoon) : [];
    const bevragingId = await brpRepo.protocolleer(tx, {
      gemeenteCode: gemeente,
      gebruikerId: null,
      soort: 'RaadpleegMetBurgerservicenummer',
      bsns,
      zoekvraag: null,
      velden: fields,
      doel: doel.doelbinding,
      verwerking: doel.verwerking,
      resultaat: !antwoord.ok ? 'fout' : personen.length > 0 ? 'gevonden' : 'niet-gevonden',
      aantal: personen.length,
      httpStatus: antwoord.status,
    });
    await writeAudit(tx, { ...SUBJECT, gemeenteCode: gemeente }, [
      {
        actie: 'read',
        objectType: 'brp-bevraging',
        objectId: bevragingId,
        doel: doel.doelbinding,
        gemeenteCode: gemeente,
        resultaat: antwoord.ok ? 'toegestaan' : 'mislukt',
        toelichting: `verschil met BRP: ${groep.length} personen gecontroleerd`,
        personen: groep.map((p) => p.id),
      },
    ]);
    if (!antwoord.ok) return { gecontroleerd: 0, signalen: 0, fouten: groep.length };
    let signalen = 0;
    for (const p of groep) {
      const v = vergelijkMetBrp(
        p,
        personen.find((b) => b.bsn === p.bsn),
      );
      if (!v) continue;
      const id = await brpRepo.signaleer(tx, {
        gemeenteCode: p.gemeente_code,
        persoonId: p.id,
        huishoudenId: p.huishouden_id,
        contactpersoonId: p.contactpersoon_id,
        soort: v.soort,
        verschil: v.verschil,
      });
      if (id) signalen++;
    }
    return { gecontroleerd: groep.length, signalen, fouten: 0 };
  });
}

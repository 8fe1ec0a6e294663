import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { errors } from '../../platform/http/errors.ts';
import { enigeGemeente, inTx, requireGemeente } from '../../platform/usecase.ts';
import { huishoudensRepo } from './repo-huishoudens.ts';
import { personenRepo, toPersoon } from './repo-personen.ts';
import type { ContactpersoonWijzigen, LidToevoegen, PersoonInvoer, PersoonWijzigen } from './schemas.ts';

export const DOEL_INTAKE = 'wmo-toegang-intake';

type PersoonIn = z.output<typeof PersoonInvoer>;

/** The wijk of an address, from the postcode table. A gemeente that has a table must cover the postcode. */
async function wijkVan(tx: Sql, gemeenteCode: string, postcode: string | undefined | null, veld: string) {
  if (!postcode) return null;
  const wijk = await personenRepo.wijkVoorPostcode(tx, gemeenteCode, postcode);
  if (wijk) return wijk;
  const configured = await tx.query('SELECT 1 FROM postcodegebieden WHERE gemeente_code = $1 LIMIT 1', [
    gemeenteCode,
  ]);
  if (configured.rows.length > 0) {
    throw errors.field(veld, 'onbekende-postcode', 'Deze postcode hoort niet bij een wijk van de gemeente.');
  }
  return null;
}

/**
 * Registers a person and puts them in a household: an existing one, or a new one with the person
 * as referentiepersoon. Used on its own and inside melding registration (same transaction).
 */
export async function registreerPersoonInTx(tx: Sql, actor: Actor, input: PersoonIn, veld = '') {
  const gemeenteCode = input.gemeenteCode ?? actor.principal.gemeenteCode;
  requireGemeente(actor, gemeenteCode, `${veld}gemeenteCode`);
  if (input.geboortedatum > today()) {
    throw errors.field(`${veld}geboortedatum`, 'in-toekomst', 'De geboortedatum ligt in de toekomst.');
  }
  if (input.bsn && (await personenRepo.byBsn(tx, gemeenteCode, input.bsn))) {
    throw errors.conflict('bestaat-al', 'Er is al een persoon met dit BSN; zoek die persoon op.', [
      { name: `${veld}bsn`, code: 'uniek', reason: 'Er is al een persoon met dit BSN.' },
    ]);
  }
  const wijkId = await wijkVan(tx, gemeenteCode, input.adres?.postcode, `${veld}adres.postcode`);
  const persoonId = await personenRepo.insert(tx, {
    gemeenteCode,
    bsn: input.bsn,
    voornamen: input.voornamen,
    tussenvoegsel: input.tussenvoegsel,
    achternaam: input.achternaam,
    geboortedatum: input.geboortedatum,
    geslacht: input.geslacht,
    straat: input.adres?.straat,
    huisnummer: input.adres?.huisnummer,
    huisnummertoevoeging: input.adres?.huisnummertoevoeging,
    postcode: input.adres?.postcode,
    woonplaats: input.adres?.woonplaats,
    wijkId,
    telefoon: input.telefoon,
    email: input.email,
    taal: input.taal,
    communicatiebehoeften: input.communicatiebehoeften,
  });
  let huishoudenId = input.huishouden?.huishoudenId;
  if (huishoudenId) {
    const h = await huishoudensRepo.header(tx, huishoudenId);
    if (!h || h.gemeente_code !== gemeenteCode) {
      throw errors.field(
        `${veld}huishouden.huishoudenId`,
        'bestaat-niet',
        'Dit huishouden bestaat niet in deze gemeente.',
      );
    }
  } else {
    const naam = `Huishouden ${[input.tussenvoegsel, input.achternaam].filter(Boolean).join(' ')}`;
    huishoudenId = await huishoudensRepo.insert(tx, gemeenteCode, naam);
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'huishouden',
      objectId: huishoudenId,
      doel: DOEL_INTAKE,
      gemeenteCode,
    });
  }
  await huishoudensRepo.verhuisLid(
    tx,
    gemeenteCode,
    huishoudenId,
    persoonId,
    input.huishouden?.relatie ?? 'referentiepersoon',
    today(),
  );
  await audit(tx, actor, {
    actie: 'create',
    objectType: 'persoon',
    objectId: persoonId,
    doel: DOEL_INTAKE,
    gemeenteCode,
  });
  await recordEvent(tx, actor, {
    gemeenteCode,
    type: 'PersoonGeregistreerd',
    objectType: 'huishouden',
    objectId: huishoudenId,
    data: { persoonId },
  });
  return { persoonId, huishoudenId, gemeenteCode };
}

async function persoonOf404(tx: Sql, id: string) {
  const row = await personenRepo.get(tx, id);
  if (!row) throw errors.notFound('De persoon');
  return row;
}

export const personen = {
  registreer(db: Database, actor: Actor, input: PersoonIn) {
    return inTx(db, actor, async (tx) => {
      const { persoonId } = await registreerPersoonInTx(tx, actor, input);
      return toPersoon(await persoonOf404(tx, persoonId));
    });
  },

  zoek(db: Database, actor: Actor, q: { zoek: string; geboortedatum?: string }) {
    return inTx(db, actor, async (tx) => {
      const rows = await personenRepo.zoek(tx, q.zoek, q.geboortedatum, enigeGemeente(actor));
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'persoon',
        doel: DOEL_INTAKE,
        toelichting: `${rows.length} resultaten`,
        personen: rows.map((r) => r.id),
      });
      return rows;
    });
  },

  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const row = await persoonOf404(tx, id);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'persoon',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: row.gemeente_code,
      });
      return toPersoon(row);
    });
  },

  wijzig(db: Database, actor: Actor, id: string, input: z.output<typeof PersoonWijzigen>) {
    return inTx(db, actor, async (tx) => {
      const current = await persoonOf404(tx, id);
      const { versie, adres, ...rest } = input;
      const patch: Record<string, unknown> = { ...rest };
      if (adres !== undefined) {
        Object.assign(patch, {
          straat: adres?.straat ?? null,
          huisnummer: adres?.huisnummer ?? null,
          huisnummertoevoeging: adres?.huisnummertoevoeging ?? null,
          postcode: adres?.postcode ?? null,
          woonplaats: adres?.woonplaats ?? null,
          wijkId: await wijkVan(tx, current.gemeente_code, adres?.postcode, 'adres.postcode'),
        });
      }
      if (input.geboortedatum && input.geboortedatum > today()) {
        throw errors.field('geboortedatum', 'in-toekomst', 'De geboortedatum ligt in de toekomst.');
      }
      await personenRepo.update(tx, id, versie, patch);
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'persoon',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: current.gemeente_code,
      });
      return toPersoon(await persoonOf404(tx, id));
    });
  },
};

async function huishoudenView(tx: Sql, id: string) {
  const h = await huishoudensRepo.header(tx, id);
  if (!h) throw errors.notFound('Het huishouden');
  return {
    id: h.id,
    gemeenteCode: h.gemeente_code,
    naam: h.naam,
    contactpersoon: h.contactpersoon_id ? { id: h.contactpersoon_id, naam: h.contactpersoon_naam! } : null,
    leden: await huishoudensRepo.leden(tx, id),
    contactpersoonHistorie: await huishoudensRepo.contactpersoonHistorie(tx, id),
    meldingen: await huishoudensRepo.meldingen(tx, id),
    versie: h.versie,
  };
}

/** A medewerker who can be a household's contactpersoon: active, toegangsmedewerker, and working for the gemeente. */
export async function controleerBehandelaar(
  tx: Sql,
  medewerkerId: string,
  gemeenteCode: string,
  veld: string,
) {
  const { rows } = await tx.query<{ team_id: string | null }>(
    `SELECT m.team_id FROM medewerkers m
     WHERE m.id = $1 AND m.actief AND 'toegangsmedewerker' = ANY (m.rollen)
       AND (m.gemeente_code = $2 OR EXISTS (SELECT 1 FROM team_gemeenten tg WHERE tg.team_id = m.team_id AND tg.gemeente_code = $2))`,
    [medewerkerId, gemeenteCode],
  );
  if (!rows[0]) {
    throw errors.field(
      veld,
      'geen-toegangsmedewerker',
      'Kies een actieve toegangsmedewerker die voor deze gemeente werkt.',
    );
  }
  return rows[0];
}

export const huishoudens = {
  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const view = await huishoudenView(tx, id);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'huishouden',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: view.gemeenteCode,
      });
      return view;
    });
  },

  voegLidToe(db: Database, actor: Actor, id: string, input: z.output<typeof LidToevoegen>) {
    return inTx(db, actor, async (tx) => {
      const h = await huishoudensRepo.header(tx, id);
      if (!h) throw errors.notFound('Het huishouden');
      const p = await personenRepo.get(tx, input.persoonId);
      if (!p || p.gemeente_code !== h.gemeente_code) {
        throw errors.field('persoonId', 'bestaat-niet', 'Deze persoon bestaat niet in deze gemeente.');
      }
      if (p.huishouden_id === id)
        throw errors.field('persoonId', 'al-lid', 'Deze persoon hoort al bij dit huishouden.');
      await huishoudensRepo.verhuisLid(tx, h.gemeente_code, id, input.persoonId, input.relatie, today());
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'huishouden',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: h.gemeente_code,
      });
      await recordEvent(tx, actor, {
        gemeenteCode: h.gemeente_code,
        type: 'LidToegevoegd',
        objectType: 'huishouden',
        objectId: id,
        data: { persoonId: input.persoonId, relatie: input.relatie, vorigHuishoudenId: p.huishouden_id },
      });
      return huishoudenView(tx, id);
    });
  },

  wijzigContactpersoon(
    db: Database,
    actor: Actor,
    id: string,
    input: z.output<typeof ContactpersoonWijzigen>,
  ) {
    return inTx(db, actor, async (tx) => {
      const h = await huishoudensRepo.header(tx, id);
      if (!h) throw errors.notFound('Het huishouden');
      await controleerBehandelaar(tx, input.medewerkerId, h.gemeente_code, 'medewerkerId');
      const r = await huishoudensRepo.zetContactpersoon(
        tx,
        { id, gemeenteCode: h.gemeente_code, versie: input.versie },
        input.medewerkerId,
        actor.principal.medewerkerId,
        input.reden ?? null,
      );
      if (r === 'versieconflict') throw errors.versionConflict('Het huishouden');
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'huishouden',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: h.gemeente_code,
      });
      if (r === 'gewijzigd') {
        await recordEvent(tx, actor, {
          gemeenteCode: h.gemeente_code,
          type: 'ContactpersoonGewijzigd',
          objectType: 'huishouden',
          objectId: id,
          data: { medewerkerId: input.medewerkerId, vorigeMedewerkerId: h.contactpersoon_id },
        });
      }
      return huishoudenView(tx, id);
    });
  },
};

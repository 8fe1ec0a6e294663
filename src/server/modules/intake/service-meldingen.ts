import type { z } from 'zod';
import { type TriageGevolg, TriageWeigering, triageGevolg } from '../../../domain/ladder.ts';
import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { maakOntvangstbevestiging } from './documenten.ts';
import { kalenderVoorWeergave, laadKalender, meldingTermijnen, termijnenMetStatus } from './kalender.ts';
import { meldingKenmerk } from './ontvangstbevestiging.ts';
import { huishoudensRepo } from './repo-huishoudens.ts';
import { type MeldingRow, meldingenRepo } from './repo-meldingen.ts';
import { personenRepo } from './repo-personen.ts';
import type { Herverdeling, MeldingInvoer, Omzetting, TriageInvoer } from './schemas.ts';
import { controleerBehandelaar, DOEL_INTAKE, registreerPersoonInTx } from './service-personen.ts';
import { omschrijfEvent } from './tijdlijn.ts';

/** The Wmo 2015 took effect on 1 January 2015: an older ontvangstdatum is a typing error. */
const EERSTE_ONTVANGSTDATUM = '2015-01-01';

export async function meldingView(tx: Sql, m: MeldingRow, waarschuwingen: string[] = []) {
  const kalender = await kalenderVoorWeergave(tx);
  return {
    id: m.id,
    nummer: m.nummer,
    kenmerk: meldingKenmerk(m.nummer),
    gemeenteCode: m.gemeente_code,
    soort: m.soort,
    status: m.status,
    persoon: {
      id: m.persoon_id,
      naam: m.persoon_naam,
      geboortedatum: m.persoon_geboortedatum,
      bsn: m.persoon_bsn,
    },
    huishoudenId: m.huishouden_id,
    contactpersoon: m.contactpersoon_id ? { id: m.contactpersoon_id, naam: m.contactpersoon_naam! } : null,
    wijk: m.wijk_code ? { code: m.wijk_code, naam: m.wijk_naam! } : null,
    ontvangstdatum: m.ontvangstdatum,
    kanaal: m.kanaal,
    melder: {
      type: m.melder_type,
      naam: m.melder_naam,
      organisatie: m.melder_organisatie,
      telefoon: m.melder_telefoon,
    },
    hulpvraag: m.hulpvraag,
    leefgebieden: m.leefgebieden,
    spoed: m.spoed,
    spoedToelichting: m.spoed_toelichting,
    clientondersteuningAangeboden: m.clientondersteuning_aangeboden,
    clientondersteuningGeaccepteerd: m.clientondersteuning_geaccepteerd,
    persoonlijkPlanOntvangenOp: m.persoonlijk_plan_ontvangen_op,
    triage: m.triage_uitkomst
      ? {
          uitkomst: m.triage_uitkomst,
          toelichting: m.triage_toelichting,
          verwijzing: m.verwijzing,
          verwezenOrganisatie: m.verwezen_organisatie_id
            ? { id: m.verwezen_organisatie_id, naam: m.verwezen_organisatie_naam! }
            : null,
          toestemmingVerwijzing: m.toestemming_verwijzing,
          getrieerdOp: m.getrieerd_op,
        }
      : null,
    ladderUitkomst: m.ladder_uitkomst,
    behandelaar: m.behandelaar_id ? { id: m.behandelaar_id, naam: m.behandelaar_naam! } : null,
    termijnen: termijnenMetStatus(m, kalender, today()),
    documenten: await meldingenRepo.documenten(tx, m.id),
    waarschuwingen,
    aangemaaktOp: m.aangemaakt_op,
    versie: m.versie,
  };
}

async function meldingOf404(tx: Sql, id: string, forUpdate = false) {
  const m = await meldingenRepo.get(tx, id, forUpdate);
  if (!m) throw errors.notFound('De melding');
  return m;
}

function checkVersie(m: MeldingRow, versie: number) {
  if (m.versie !== versie) throw errors.versionConflict('De melding');
}

async function touch(tx: Sql, id: string, set: string, params: unknown[]) {
  await tx.query(`UPDATE meldingen SET ${set}, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`, [
    id,
    ...params,
  ]);
}

export const meldingen = {
  registreer(db: Database, actor: Actor, input: z.output<typeof MeldingInvoer>) {
    const vandaag = today();
    if (input.ontvangstdatum > vandaag) {
      throw errors.field(
        'ontvangstdatum',
        'in-toekomst',
        'De ontvangstdatum kan niet in de toekomst liggen.',
      );
    }
    if (input.ontvangstdatum < EERSTE_ONTVANGSTDATUM) {
      throw errors.field(
        'ontvangstdatum',
        'te-oud',
        'De ontvangstdatum ligt vóór de Wmo 2015 (1 januari 2015).',
      );
    }
    if (
      input.persoonlijkPlanOntvangenOp &&
      (input.persoonlijkPlanOntvangenOp < input.ontvangstdatum || input.persoonlijkPlanOntvangenOp > vandaag)
    ) {
      throw errors.field(
        'persoonlijkPlanOntvangenOp',
        'ongeldig',
        'Ligt tussen de ontvangstdatum en vandaag.',
      );
    }
    return inTx(db, actor, async (tx) => {
      let persoonId = input.persoonId;
      if (input.nieuwePersoon) {
        if (input.nieuwePersoon.geboortedatum > input.ontvangstdatum) {
          throw errors.field(
            'nieuwePersoon.geboortedatum',
            'na-melding',
            'De geboortedatum ligt na de ontvangstdatum van de melding.',
          );
        }
        persoonId = (await registreerPersoonInTx(tx, actor, input.nieuwePersoon, 'nieuwePersoon.')).persoonId;
      }
      const persoon = await personenRepo.get(tx, persoonId!);
      if (!persoon)
        throw errors.field(
          'persoonId',
          'bestaat-niet',
          'Deze persoon bestaat niet of u heeft er geen toegang toe.',
        );
      if (!persoon.huishouden_id)
        throw errors.field('persoonId', 'geen-huishouden', 'Deze persoon hoort bij geen huishouden.');
      if (persoon.geboortedatum > input.ontvangstdatum) {
        throw errors.field(
          'ontvangstdatum',
          'voor-geboorte',
          'De ontvangstdatum ligt vóór de geboortedatum van de persoon.',
        );
      }
      const waarschuwingen: string[] = [];
      if (input.soort !== 'informatievraag') {
        const dubbel = await meldingenRepo.mogelijkDubbel(tx, persoon.id, input.leefgebieden);
        if (dubbel.length > 0) {
          const nummers = dubbel.map(meldingKenmerk).join(', ');
          if (!input.dubbeleMeldingBevestigd) {
            throw errors.conflict(
              'mogelijk-dubbele-melding',
              `Deze persoon heeft al een open melding over dezelfde leefgebieden (${nummers}). Bevestig als dit een nieuwe hulpvraag is.`,
              [
                {
                  name: 'dubbeleMeldingBevestigd',
                  code: 'bevestiging-nodig',
                  reason: `Open melding: ${nummers}.`,
                },
              ],
            );
          }
          waarschuwingen.push(`Geregistreerd naast open melding ${nummers} (bevestigd).`);
        }
      }
      const kalender = await laadKalender(tx);
      const termijnen = meldingTermijnen(input.soort, input.ontvangstdatum, kalender);
      const id = await meldingenRepo.insert(tx, {
        gemeenteCode: persoon.gemeente_code,
        soort: input.soort,
        persoonId: persoon.id,
        huishoudenId: persoon.huishouden_id,
        wijkId: persoon.wijk_id,
        ontvangstdatum: input.ontvangstdatum,
        kanaal: input.kanaal,
        melder: input.melder,
        hulpvraag: input.hulpvraag,
        leefgebieden: input.leefgebieden,
        spoed: input.spoed,
        spoedToelichting: input.spoedToelichting,
        clientondersteuningAangeboden: input.clientondersteuningAangeboden,
        clientondersteuningGeaccepteerd: input.clientondersteuningGeaccepteerd,
        persoonlijkPlanOntvangenOp: input.persoonlijkPlanOntvangenOp,
        // An informatievraag is answered at registration and does not stay in the worklist.
        status: input.soort === 'informatievraag' ? 'afgesloten' : 'nieuw',
        onderzoekUiterlijk: termijnen.onderzoekUiterlijk,
        persoonlijkPlanUiterlijk: termijnen.persoonlijkPlanUiterlijk,
        geregistreerdDoor: alsMedewerker(actor.principal).medewerkerId,
      });
      const m = await meldingOf404(tx, id);
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'melding',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: m.gemeente_code,
      });
      await recordEvent(tx, actor, {
        gemeenteCode: m.gemeente_code,
        type:
          input.soort === 'melding'
            ? 'MeldingOntvangen'
            : input.soort === 'signaal'
              ? 'SignaalOntvangen'
              : 'InformatievraagBeantwoord',
        objectType: 'melding',
        objectId: id,
        data: {
          soort: input.soort,
          kanaal: input.kanaal,
          ontvangstdatum: input.ontvangstdatum,
          spoed: input.spoed,
          wijk: m.wijk_code,
          onderzoekUiterlijk: termijnen.onderzoekUiterlijk,
        },
      });
      if (input.soort === 'melding') await maakOntvangstbevestiging(tx, actor, m);
      return meldingView(tx, m, waarschuwingen);
    });
  },

  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const m = await meldingOf404(tx, id);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'melding',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: m.gemeente_code,
      });
      return meldingView(tx, m);
    });
  },

  triage(db: Database, actor: Actor, id: string, input: z.output<typeof TriageInvoer>) {
    return inTx(db, actor, async (tx) => {
      // FOR UPDATE: two caseworkers triaging at once queue here; the second sees the new versie → 409.
      const m = await meldingOf404(tx, id, true);
      checkVersie(m, input.versie);
      let gevolg: TriageGevolg;
      try {
        gevolg = triageGevolg(m.soort, m.status, input);
      } catch (e) {
        if (e instanceof TriageWeigering) {
          if (e.code === 'al-getrieerd') throw errors.conflict(e.code, e.message);
          throw errors.field(e.veld, e.code, e.message);
        }
        throw e;
      }
      let teamId: string | null = null;
      if (input.uitkomst === 'preventie') {
        const org = await tx.query(
          "SELECT 1 FROM organisaties WHERE id = $1 AND soort = 'partner' AND gemeente_code = $2",
          [input.verwezenOrganisatieId, m.gemeente_code],
        );
        if (!org.rows[0])
          throw errors.field(
            'verwezenOrganisatieId',
            'geen-partner',
            'Kies een partnerorganisatie van deze gemeente.',
          );
      }
      if (input.uitkomst === 'onderzoek') {
        teamId = (await controleerBehandelaar(tx, input.behandelaarId!, m.gemeente_code, 'behandelaarId'))
          .team_id;
      }
      await touch(
        tx,
        id,
        `status = $2, triage_uitkomst = $3, triage_toelichting = $4, verwijzing = $5, verwezen_organisatie_id = $6,
         toestemming_verwijzing = $7, ladder_uitkomst = $8, behandelaar_id = $9, team_id = $10, getrieerd_op = now(),
         afgesloten_op = CASE WHEN $11 THEN now() END`,
        [
          gevolg.status,
          input.uitkomst,
          input.toelichting ?? null,
          input.uitkomst === 'doorverwijzing' ? (input.verwijzing ?? null) : null,
          input.uitkomst === 'preventie' ? input.verwezenOrganisatieId : null,
          input.uitkomst === 'preventie' ? true : null,
          gevolg.ladder,
          input.uitkomst === 'onderzoek' ? input.behandelaarId : null,
          teamId,
          gevolg.afgesloten,
        ],
      );
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'melding',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: m.gemeente_code,
      });
      await recordEvent(tx, actor, {
        gemeenteCode: m.gemeente_code,
        type: 'TriageAfgerond',
        objectType: 'melding',
        objectId: id,
        data: {
          uitkomst: input.uitkomst,
          ladder: gevolg.ladder,
          status: gevolg.status,
          verwezenOrganisatieId: input.verwezenOrganisatieId ?? null,
        },
      });
      if (input.uitkomst === 'onderzoek') {
        await wijsBehandelaarToe(tx, actor, m, input.behandelaarId!, null);
      }
      return meldingView(tx, await meldingOf404(tx, id));
    });
  },

  herverdeel(db: Database, actor: Actor, id: string, input: z.output<typeof Herverdeling>) {
    return inTx(db, actor, async (tx) => {
      const m = await meldingOf404(tx, id, true);
      checkVersie(m, input.versie);
      if (m.status !== 'nieuw' && m.status !== 'onderzoek') {
        throw errors.conflict('niet-open', 'Alleen een open melding kan worden herverdeeld.');
      }
      const { team_id } = await controleerBehandelaar(
        tx,
        input.behandelaarId,
        m.gemeente_code,
        'behandelaarId',
      );
      await touch(tx, id, 'behandelaar_id = $2, team_id = $3', [input.behandelaarId, team_id]);
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'melding',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: m.gemeente_code,
      });
      await wijsBehandelaarToe(tx, actor, m, input.behandelaarId, input.reden ?? null);
      return meldingView(tx, await meldingOf404(tx, id));
    });
  },

  zetOm(db: Database, actor: Actor, id: string, input: z.output<typeof Omzetting>) {
    return inTx(db, actor, async (tx) => {
      const m = await meldingOf404(tx, id, true);
      checkVersie(m, input.versie);
      if (m.soort !== 'signaal' || m.status !== 'nieuw') {
        throw errors.conflict(
          'geen-open-signaal',
          'Alleen een open signaal kan worden omgezet naar een melding.',
        );
      }
      if (input.ontvangstdatum < m.ontvangstdatum || input.ontvangstdatum > today()) {
        throw errors.field(
          'ontvangstdatum',
          'ongeldig',
          'Ligt tussen de ontvangst van het signaal en vandaag.',
        );
      }
      const termijnen = meldingTermijnen('melding', input.ontvangstdatum, await laadKalender(tx));
      await touch(
        tx,
        id,
        `soort = 'melding', ontvangstdatum = $2, onderzoek_uiterlijk = $3, persoonlijk_plan_uiterlijk = $4`,
        [input.ontvangstdatum, termijnen.onderzoekUiterlijk, termijnen.persoonlijkPlanUiterlijk],
      );
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'melding',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: m.gemeente_code,
      });
      await recordEvent(tx, actor, {
        gemeenteCode: m.gemeente_code,
        type: 'SignaalOmgezetInMelding',
        objectType: 'melding',
        objectId: id,
        data: { ontvangstdatum: input.ontvangstdatum, onderzoekUiterlijk: termijnen.onderzoekUiterlijk },
      });
      const updated = await meldingOf404(tx, id);
      await maakOntvangstbevestiging(tx, actor, updated);
      return meldingView(tx, updated);
    });
  },

  tijdlijn(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const m = await meldingOf404(tx, id);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'melding',
        objectId: id,
        doel: DOEL_INTAKE,
        gemeenteCode: m.gemeente_code,
        toelichting: 'tijdlijn',
      });
      const rows = await meldingenRepo.tijdlijn(tx, id);
      return rows.map((r) => ({ ...r, omschrijving: omschrijfEvent(r.type, r.data) }));
    });
  },

  ontvangstbevestiging(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const m = await meldingOf404(tx, id);
      const doc = await meldingenRepo.document(tx, id, 'ontvangstbevestiging');
      if (!doc) throw errors.notFound('De ontvangstbevestiging van deze melding');
      await audit(tx, actor, {
        actie: 'print',
        objectType: 'document',
        objectId: doc.id,
        doel: DOEL_INTAKE,
        gemeenteCode: m.gemeente_code,
      });
      return { bestandsnaam: doc.bestandsnaam, mimeType: doc.mime_type, inhoud: Buffer.from(doc.inhoud) };
    });
  },
};

/** Makes `medewerkerId` the melding's behandelaar and the household's one contactpersoon. */
async function wijsBehandelaarToe(
  tx: Sql,
  actor: Actor,
  m: MeldingRow,
  medewerkerId: string,
  reden: string | null,
) {
  await recordEvent(tx, actor, {
    gemeenteCode: m.gemeente_code,
    type: 'BehandelaarToegewezen',
    objectType: 'melding',
    objectId: m.id,
    data: { medewerkerId, vorigeMedewerkerId: m.behandelaar_id, reden },
  });
  const r = await huishoudensRepo.zetContactpersoon(
    tx,
    { id: m.huishouden_id, gemeenteCode: m.gemeente_code, versie: null },
    medewerkerId,
    alsMedewerker(actor.principal).medewerkerId,
    reden ?? `Behandelaar van melding ${meldingKenmerk(m.nummer)}`,
  );
  if (r === 'gewijzigd') {
    await recordEvent(tx, actor, {
      gemeenteCode: m.gemeente_code,
      type: 'ContactpersoonGewijzigd',
      objectType: 'melding',
      objectId: m.id,
      data: { huishoudenId: m.huishouden_id, medewerkerId, vorigeMedewerkerId: m.contactpersoon_id },
    });
  }
}

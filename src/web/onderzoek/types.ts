/**
 * The onderzoek, ZRM, plan and aanvraag resources as they arrive over the wire (JSON), named from
 * the generated schema (api/generated/schema.d.ts) like api/types.ts. The value lists come from it
 * too, so a new locatie or loket fails the typecheck of the labels until it has a Dutch name; written
 * out are only the lists the API types as plain text.
 */
import type { LadderStap } from '../../domain/ladder.ts';
import type { AfwegingCode, Oplossing } from '../../domain/onderzoek.ts';
import type { Antwoord, Element, Invoer } from '../api/antwoorden.ts';

export type { AfwegingCode, LadderStap, Oplossing };

type GesprekInvoer = Invoer<'/onderzoeken/{id}/gesprekken'>;
type ActieInvoer = Invoer<'/plan-doelen/{id}/acties'>;
export type Locatie = GesprekInvoer['locatie'];
export type Deelnemer = Element<GesprekInvoer['deelnemers']>;
export type Uitvoerder = ActieInvoer['uitvoerder'];
export type Loket = NonNullable<ActieInvoer['loket']>;
export type VerslagWijze = 'post' | 'email' | 'uitgereikt' | 'digitaal';
export type ActieStatus = 'open' | 'gestart' | 'afgerond';
export type DoelUitkomst = 'behaald' | 'deels' | 'niet';
export type AanvraagGrondslag = 'onderzoek-afgerond' | 'termijn-verstreken' | 'spoed';

type Stappen = Onderzoek['stappen'];
export type AfwegingApi = NonNullable<NonNullable<Stappen['afwegingen']>[AfwegingCode]>;
/** The five steps of the CRvB step plan as the API stores them (every field optional: a draft). */
export type StappenApi = Stappen;
export type PersoonlijkPlanApi = NonNullable<Onderzoek['persoonlijkPlan']>;

export type Onderzoek = Antwoord<'/onderzoeken/{id}'>;
export type Gesprek = Element<Onderzoek['gesprekken']>;
export type Ontbrekend = Element<Onderzoek['ontbrekend']>;
export type Conclusie = NonNullable<Onderzoek['conclusie']>;

/** The melding as this screen shows it (GET /meldingen/{id}). */
export type MeldingKop = Antwoord<'/meldingen/{id}'>;

/** GET /huishoudens/{id}: who belongs to the household now. */
export type HuishoudenLeden = Antwoord<'/huishoudens/{id}'>;

export type Leefgebied = Element<Antwoord<'/leefgebieden'>>;

export type ZrmScore = Element<Antwoord<'/personen/{id}/zrm-scores'>>;

export type Plan = Antwoord<'/huishoudens/{id}/plan'>;
export type Doel = Element<Plan['doelen']>;
export type Actie = Element<Doel['acties']>;

export type Aanvraag = Antwoord<'/aanvragen/{id}'>;

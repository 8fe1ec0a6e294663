/**
 * What the projecten API returns, named from the generated schema (api/generated/schema.d.ts) like
 * api/types.ts: a change of a route schema shows up in the typecheck of these screens (ADR 0019).
 */
import type { AspectCode, AspectStatus, RapportageInhoud } from '../../domain/projecten/rapportage.ts';
import type { Score } from '../../domain/projecten/varianten.ts';
import type { RapportageStatus } from '../../domain/projecten/workflow.ts';
import type { Antwoord, Element } from '../api/antwoorden.ts';

export type { AspectCode, AspectStatus, RapportageInhoud, RapportageStatus, Score };

export type ProjectSamenvatting = Element<Antwoord<'/projecten'>>;
export type Project = Antwoord<'/projecten/{id}'>;
export type RapportageKort = Element<Project['rapportages']>;
export type Mijlpaal = Element<Project['mijlpalen']>;
export type Risico = Element<Project['risicos']>;
export type Budgetregel = Element<Project['budgetregels']>;

export type Rapportage = Antwoord<'/rapportages/{id}'>;
export type Wijziging = Element<Antwoord<'/rapportages/{id}/wijzigingen'>>;
export type ImportResultaat = Antwoord<'/projecten/imports', 'post'>;
export type Variantvergelijking = Antwoord<'/variantvergelijkingen/{id}'>;

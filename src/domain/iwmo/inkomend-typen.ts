/** The typed incoming messages (WMO305, WMO307, WMO315, WMO317) as the readers return them. */
import type { IsoDatum } from '../termijnen/datum.ts';
import type { RedenBeeindiging, RedenVerzoek, StatusAanlevering } from './berichtsoorten.ts';
import type { Geslacht, Productcategorie, TypeVerwijzer } from './codelijsten.ts';
import type { IwmoHeader } from './structuur.ts';
import type { Achternaam, Geboortedatum, Omvang } from './wmo301-typen.ts';

export interface Product {
  categorie: Productcategorie;
  code?: string;
}

/** CDT_VerkorteNaam: the name in the aanbieder's messages (no partnernaam, no naamgebruik). */
export interface VerkorteNaam {
  geslachtsnaam: Achternaam;
  voornamen?: string;
  voorletters?: string;
}

export interface InkomendeClient {
  bsn: string;
  geboortedatum: Geboortedatum;
  geslacht: Geslacht;
  naam: VerkorteNaam;
}

export interface Wmo305StartProduct {
  toewijzingNummer?: number;
  product?: Product;
  /** Ingangsdatum of the toegewezen product in the WMO301. */
  toewijzingIngangsdatum?: IsoDatum;
  /** Date the levering started. */
  begindatum: IsoDatum;
  statusAanlevering: StatusAanlevering;
}

/** WMO305 Start Wmo-ondersteuning. */
export interface Wmo305Bericht {
  berichtcode: 'WMO305';
  header: IwmoHeader;
  client: InkomendeClient;
  startProducten: Wmo305StartProduct[];
}

export interface Wmo307StopProduct {
  toewijzingNummer?: number;
  product?: Product;
  toewijzingIngangsdatum?: IsoDatum;
  /** Begindatum of the levering (as in the WMO305). */
  begindatum: IsoDatum;
  redenBeeindiging: RedenBeeindiging;
  einddatum: IsoDatum;
  statusAanlevering: StatusAanlevering;
}

/** WMO307 Stop Wmo-ondersteuning. */
export interface Wmo307Bericht {
  berichtcode: 'WMO307';
  header: IwmoHeader;
  client: InkomendeClient;
  stopProducten: Wmo307StopProduct[];
}

/** CDT_Verwijzer. */
export interface Verwijzer {
  type: TypeVerwijzer;
  naam?: string;
  /** AGB code of the verwijzer. */
  zorgverlenerCode?: string;
}

export interface Wmo315AangevraagdProduct {
  /** The aanbieder's reference for this request; the WMO319 answer and the WMO301 quote it. */
  referentieAanbieder: string;
  beschikkingNummer?: number;
  product?: Product;
  beschikkingIngangsdatum?: IsoDatum;
  /** Requested start of the toewijzing. */
  toewijzingIngangsdatum: IsoDatum;
  toewijzingEinddatum?: IsoDatum;
  omvang?: Omvang;
  /** In eurocent. */
  budget?: number;
  verwijzer: Verwijzer;
  /** COD260: 1 = ja → true, 2 = nee → false. */
  raamcontract?: boolean;
  commentaar?: string;
}

/** WMO315 Verzoek om toewijzing Wmo-ondersteuning. */
export interface Wmo315Bericht {
  berichtcode: 'WMO315';
  header: IwmoHeader;
  client: InkomendeClient & { commentaar?: string };
  aangevraagdeProducten: Wmo315AangevraagdProduct[];
}

export interface Wmo317TeWijzigenProduct {
  toewijzingNummer: number;
  gewensteIngangsdatum: IsoDatum;
  einddatum?: IsoDatum;
  omvang?: Omvang;
  budget?: number;
}

export interface Wmo317NieuwProduct {
  product?: Product;
  gewensteIngangsdatum: IsoDatum;
  einddatum?: IsoDatum;
  omvang?: Omvang;
  budget?: number;
}

/** WMO317 Verzoek om wijziging Wmo-ondersteuning. The client is identified by BSN only. */
export interface Wmo317Bericht {
  berichtcode: 'WMO317';
  header: IwmoHeader;
  client: { bsn: string };
  verzoek: {
    referentieAanbieder: string;
    redenVerzoek: RedenVerzoek;
    /** Toewijzingen that stay as they are (empty when the element is absent). */
    ongewijzigdeProducten: Array<{ toewijzingNummer: number }>;
    /** The gewenste wijziging of existing toewijzingen (empty when absent). */
    teWijzigenProducten: Wmo317TeWijzigenProduct[];
    /** Products the aanbieder asks for in addition (empty when absent). */
    nieuweProducten: Wmo317NieuwProduct[];
  };
}

export type InkomendBericht = Wmo305Bericht | Wmo307Bericht | Wmo315Bericht | Wmo317Bericht;

import type { Kanaal, Termijnstatus } from '../api/types.ts';

export type Sortering = 'termijn' | 'ontvangst';

/** The worklist's filters as the URL holds them. 'alle' is explicit because a role's default may be narrower. */
export interface WerkvoorraadFilter {
  /** 'ik', 'geen', 'alle' or a medewerker id. */
  behandelaar: string;
  wijk: string;
  status: 'alle' | 'nieuw' | 'onderzoek';
  kanaal: Kanaal | '';
  termijnstatus: Termijnstatus | '';
  sortering: Sortering;
}

const SLEUTELS = ['behandelaar', 'wijk', 'status', 'kanaal', 'termijnstatus', 'sortering'] as const;

/**
 * What each user sees first, by the permissions of their job: who divides the work (teamleider)
 * everything of the team's gemeente, who carries out onderzoeken (toegangsmedewerker) their own
 * meldingen, who registers meldingen without onderzoek (KCC) the new ones to triage.
 */
export function standaardFilter(mag: (recht: string) => boolean): WerkvoorraadFilter {
  const basis: WerkvoorraadFilter = {
    behandelaar: 'alle',
    wijk: '',
    status: 'alle',
    kanaal: '',
    termijnstatus: '',
    sortering: 'termijn',
  };
  if (mag('werkvoorraad.verdelen')) return basis;
  if (mag('onderzoek.uitvoeren')) return { ...basis, behandelaar: 'ik' };
  if (mag('meldingen.registreren')) return { ...basis, status: 'nieuw' };
  return basis;
}

export function filterUitAdres(params: URLSearchParams, standaard: WerkvoorraadFilter): WerkvoorraadFilter {
  const f = { ...standaard } as Record<(typeof SLEUTELS)[number], string>;
  for (const k of SLEUTELS) {
    const v = params.get(k);
    if (v !== null) f[k] = v;
  }
  return f as unknown as WerkvoorraadFilter;
}

/** Only what differs from the role's default goes into the URL: a short, shareable address. */
export function filterNaarAdres(
  f: WerkvoorraadFilter,
  standaard: WerkvoorraadFilter,
  na?: string,
  behandelaarNaam?: string,
) {
  const p: Record<string, string> = {};
  for (const k of SLEUTELS) if (f[k] !== standaard[k]) p[k] = f[k];
  // One medewerker: the name travels along for the headings (the API filters on the id).
  if (behandelaarNaam && !['ik', 'geen', 'alle'].includes(f.behandelaar)) p.naam = behandelaarNaam;
  if (na) p.na = na;
  return p;
}

/** The query of GET /werkvoorraad. */
export function filterNaarQuery(f: WerkvoorraadFilter) {
  return {
    behandelaar: f.behandelaar === 'alle' ? undefined : f.behandelaar,
    wijk: f.wijk || undefined,
    status: f.status === 'alle' ? undefined : f.status,
    kanaal: f.kanaal || undefined,
    termijnstatus: f.termijnstatus || undefined,
    sortering: f.sortering,
  };
}

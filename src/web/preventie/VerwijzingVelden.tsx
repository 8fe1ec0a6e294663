import { Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import type { Invoer } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { DatumInvoer } from '../ui/DatumInvoer.tsx';
import { Keuzegroep, keuzeId } from '../ui/Keuzegroep.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { Veld } from '../ui/Veld.tsx';
import { CATEGORIE_NAMEN, type Categorie, DIENST_NAMEN, type Dienst } from './labels.ts';

/** What the form holds; `naarInvoer` makes the API body of it. */
export interface VerwijzingWaarden {
  partnerId: string;
  dienst: Dienst | '';
  reden: string;
  wens: string;
  urgentie: 'normaal' | 'hoog';
  toestemming: 'ja' | 'nee' | '';
  wijze: 'mondeling' | 'schriftelijk' | '';
  datum: string;
  gegevens: Categorie[];
  document: string;
  geldigTot: string;
}

export const LEGE_VERWIJZING: VerwijzingWaarden = {
  partnerId: '',
  dienst: '',
  reden: '',
  wens: '',
  urgentie: 'normaal',
  toestemming: '',
  wijze: '',
  datum: '',
  gegevens: [],
  document: '',
  geldigTot: '',
};

/** Field name (as the API names it) → [input id, label], in form order. */
export const VERWIJZING_VELDEN = {
  partnerId: ['verwijzing-partner', 'Partner'],
  dienst: ['verwijzing-dienst', 'Dienst'],
  reden: ['verwijzing-reden', 'Waarom verwijst u?'],
  wens: ['verwijzing-wens', 'Wat wil de inwoner?'],
  toestemming: [keuzeId('verwijzing-toestemming', 'ja'), 'Toestemming'],
  'toestemming.gegeven': [keuzeId('verwijzing-toestemming', 'ja'), 'Toestemming'],
  'toestemming.wijze': [keuzeId('verwijzing-wijze', 'mondeling'), 'Hoe gegeven'],
  'toestemming.document': ['verwijzing-document', 'Kenmerk toestemmingsformulier'],
  'toestemming.datum': ['verwijzing-datum', 'Datum toestemming'],
  'toestemming.gegevens': ['verwijzing-gegevens-contactgegevens', 'Welke gegevens'],
  'toestemming.geldigTot': ['verwijzing-geldig-tot', 'Geldig tot'],
} as const;

type Body = Invoer<'/verwijzingen'>;

/** The API body; an unanswered consent question is sent as "no consent" only when chosen so. */
export function naarInvoer(w: VerwijzingWaarden, bron: { meldingId?: string; onderzoekId?: string }): Body {
  const gegeven = w.toestemming === 'ja';
  return {
    ...bron,
    partnerId: w.partnerId,
    dienst: (w.dienst || undefined) as Dienst,
    reden: w.reden,
    wens: w.wens.trim() ? w.wens : undefined,
    urgentie: w.urgentie,
    // Not answered: the server names the field (consent is never assumed either way).
    toestemming: !w.toestemming
      ? undefined
      : gegeven
        ? {
            gegeven: true,
            wijze: w.wijze || undefined,
            datum: w.datum || undefined,
            gegevens: w.gegevens,
            document: w.wijze === 'schriftelijk' && w.document.trim() ? w.document : undefined,
            geldigTot: w.geldigTot || undefined,
          }
        : { gegeven: false },
  } as Body;
}

export interface VerwijzingVeldenProps {
  waarden: VerwijzingWaarden;
  onChange(w: VerwijzingWaarden): void;
  fouten: Record<string, string | undefined>;
}

/**
 * The referral with the resident's consent (ADR 0023): which partner and service, why, and the
 * consent as its own answer (how, when, which data, until when). Without consent the partner only
 * receives the request to contact the resident through toegang.
 */
export function VerwijzingVelden({ waarden: w, onChange, fouten: f }: VerwijzingVeldenProps) {
  const partners = useLaden(() => gegevens(http.GET('/partners')), []);
  const partner = partners.data?.find((p) => p.id === w.partnerId);
  const zet = (deel: Partial<VerwijzingWaarden>) => onChange({ ...w, ...deel });
  return (
    <>
      <Veld id={VERWIJZING_VELDEN.partnerId[0]} label="Partner" fout={f.partnerId}>
        {(k) => (
          <Select
            {...k}
            value={w.partnerId}
            busy={!partners.data}
            onChange={(e) => zet({ partnerId: e.target.value, dienst: '' })}
          >
            <SelectOption value="">Kies een partner</SelectOption>
            {partners.data?.map((p) => (
              <SelectOption key={p.id} value={p.id}>
                {p.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld
        id={VERWIJZING_VELDEN.dienst[0]}
        label="Dienst"
        fout={f.dienst}
        beschrijving={
          partner ? undefined : 'Kies eerst een partner: u ziet dan de diensten die deze partner biedt.'
        }
      >
        {(k) => (
          <Select {...k} value={w.dienst} onChange={(e) => zet({ dienst: e.target.value as Dienst })}>
            <SelectOption value="">Kies een dienst</SelectOption>
            {(partner?.diensten ?? []).map((d) => (
              <SelectOption key={d} value={d}>
                {DIENST_NAMEN[d]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld id={VERWIJZING_VELDEN.reden[0]} label="Waarom verwijst u?" fout={f.reden}>
        {(k) => <Textarea {...k} rows={3} value={w.reden} onChange={(e) => zet({ reden: e.target.value })} />}
      </Veld>
      <Veld id={VERWIJZING_VELDEN.wens[0]} label="Wat wil de inwoner?" optioneel fout={f.wens}>
        {(k) => <Textarea {...k} rows={2} value={w.wens} onChange={(e) => zet({ wens: e.target.value })} />}
      </Veld>
      <KeuzeVakje
        id="verwijzing-urgent"
        label="Met voorrang (urgent)"
        checked={w.urgentie === 'hoog'}
        onChange={(c) => zet({ urgentie: c ? 'hoog' : 'normaal' })}
      />
      <Keuzegroep<'ja' | 'nee'>
        id="verwijzing-toestemming"
        legend="Geeft de inwoner toestemming om gegevens met deze partner te delen?"
        waarde={w.toestemming}
        onChange={(v) => zet({ toestemming: v })}
        fout={f['toestemming.gegeven'] ?? f.toestemming}
        keuzes={[
          { waarde: 'ja', label: 'Ja', beschrijving: 'Leg vast hoe, wanneer en voor welke gegevens.' },
          {
            waarde: 'nee',
            label: 'Nee',
            beschrijving:
              'De partner krijgt dan alleen het verzoek om via toegang contact op te nemen, zonder gegevens.',
          },
        ]}
      />
      {w.toestemming === 'ja' ? (
        <>
          <Keuzegroep<'mondeling' | 'schriftelijk'>
            id="verwijzing-wijze"
            legend="Hoe gaf de inwoner toestemming?"
            waarde={w.wijze}
            onChange={(v) => zet({ wijze: v })}
            fout={f['toestemming.wijze']}
            keuzes={[
              { waarde: 'mondeling', label: 'Mondeling' },
              { waarde: 'schriftelijk', label: 'Schriftelijk (getekend formulier)' },
            ]}
          />
          {w.wijze === 'schriftelijk' ? (
            <Veld
              id={VERWIJZING_VELDEN['toestemming.document'][0]}
              label="Kenmerk van het getekende formulier"
              fout={f['toestemming.document']}
            >
              {(k) => (
                <Textbox {...k} value={w.document} onChange={(e) => zet({ document: e.target.value })} />
              )}
            </Veld>
          ) : null}
          <Veld
            id={VERWIJZING_VELDEN['toestemming.datum'][0]}
            label="Datum van de toestemming"
            fout={f['toestemming.datum']}
          >
            {(k) => <DatumInvoer {...k} waarde={w.datum} onWijzig={(w) => zet({ datum: w })} />}
          </Veld>
          <fieldset className="ot-fieldset">
            <legend>Welke gegevens mag de partner ontvangen?</legend>
            {(['contactgegevens', 'hulpvraag'] as const).map((c) => (
              <KeuzeVakje
                key={c}
                id={`verwijzing-gegevens-${c}`}
                label={CATEGORIE_NAMEN[c]}
                checked={w.gegevens.includes(c)}
                onChange={(aan) =>
                  zet({ gegevens: aan ? [...w.gegevens, c] : w.gegevens.filter((x) => x !== c) })
                }
                fout={c === 'contactgegevens' ? f['toestemming.gegevens'] : undefined}
              />
            ))}
          </fieldset>
          <Veld
            id={VERWIJZING_VELDEN['toestemming.geldigTot'][0]}
            label="Geldig tot"
            optioneel
            fout={f['toestemming.geldigTot']}
            beschrijving="Laat leeg als de toestemming geldt tot de inwoner haar intrekt."
          >
            {(k) => <DatumInvoer {...k} waarde={w.geldigTot} onWijzig={(w) => zet({ geldigTot: w })} />}
          </Veld>
        </>
      ) : null}
    </>
  );
}

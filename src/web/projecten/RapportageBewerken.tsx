import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatDatum } from '../ui/format.ts';
import { Keuzegroep, keuzeId } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import {
  AFWIJKING_SOORTEN,
  AFWIJKING_TITEL,
  ASPECT_STATUS_TEKST,
  ASPECT_STATUSSEN,
  ASPECT_TITEL,
  ASPECTEN,
  PROJECTFASE_TEKST,
  PROJECTFASEN,
  STANDAARD_AFWIJKINGEN,
  STUK_SOORT_TEKST,
  STUK_SOORTEN,
} from './labels.ts';
import type { AspectCode, Rapportage, RapportageInhoud } from './types.ts';

type Stuk = RapportageInhoud['besluitvorming']['stukken'][number];

/** Field paths of the API (invalidParams) → input ids and labels for the error summary. */
function veldenVan(i: RapportageInhoud): Array<[string, string, string]> {
  const v: Array<[string, string, string]> = [
    ['rapportagedatum', 'rap-rapportagedatum', 'Rapportagedatum'],
    ['inhoud.projectnaam', 'rap-projectnaam', 'Projectnaam'],
    ['inhoud.portefeuillehouder', 'rap-portefeuillehouder', 'Portefeuillehouder'],
    ['inhoud.titel', 'rap-titel', 'Paginatitel'],
    ['inhoud.projectfase', 'rap-projectfase', 'Projectfase'],
    ['inhoud.basisinformatie', 'rap-basisinformatie', 'Basisinformatie project'],
    ['inhoud.besluitvorming.toelichting', 'rap-besluitvorming', 'Besluitvorming'],
    ['inhoud.standVanZaken', 'rap-standVanZaken', 'Stand van zaken'],
    ['inhoud.overigeInformatie', 'rap-overigeInformatie', 'Overige informatie'],
  ];
  i.besluitvorming.stukken.forEach((_, n) => {
    for (const k of ['soort', 'nummer', 'onderwerp', 'datum']) {
      v.push([`inhoud.besluitvorming.stukken.${n}.${k}`, `rap-stuk-${n}-${k}`, `Stuk ${n + 1}, ${k}`]);
    }
  });
  for (const a of ASPECTEN) {
    v.push([
      `inhoud.voortgang.${a}.status`,
      keuzeId(`rap-${a}-status`, 'op-koers'),
      `${ASPECT_TITEL[a]}: status`,
    ]);
    v.push([`inhoud.voortgang.${a}.toelichting`, `rap-${a}-toelichting`, `${ASPECT_TITEL[a]}: toelichting`]);
    for (const s of AFWIJKING_SOORTEN) {
      v.push([
        `inhoud.voortgang.${a}.afwijkingen.${s}`,
        `rap-${a}-${s}-toelichting`,
        `${ASPECT_TITEL[a]}: ${AFWIJKING_TITEL[s]}`,
      ]);
    }
  }
  return v;
}

function Formulier({ r }: { r: Rapportage }) {
  const navigate = useNavigate();
  const [inhoud, setInhoud] = useState<RapportageInhoud>(() => structuredClone(r.inhoud));
  const [datum, setDatum] = useState(r.rapportagedatum);
  const velden = veldenVan(inhoud);
  const versturen = useVersturen(velden.map(([pad]) => pad));
  const f = versturen.fout?.velden.velden ?? {};
  const wijzig = (fn: (i: RapportageInhoud) => void) =>
    setInhoud((oud) => {
      const nieuw = structuredClone(oud);
      fn(nieuw);
      return nieuw;
    });

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.PUT('/rapportages/{id}', {
          params: { path: { id: r.id } },
          body: { versie: r.versie, rapportagedatum: datum, inhoud },
        }),
      );
      navigate(`/projecten/rapportages/${r.id}`);
    });
  }

  const tekst = (
    veld: 'basisinformatie' | 'standVanZaken' | 'overigeInformatie',
    label: string,
    rijen = 8,
  ) => (
    <TekstVeld
      id={`rap-${veld}`}
      label={label}
      optioneel
      rijen={rijen}
      fout={f[`inhoud.${veld}`]}
      waarde={inhoud[veld]}
      onWijzig={(w) =>
        wijzig((i) => {
          i[veld] = w;
        })
      }
    />
  );

  const aspect = (a: AspectCode) => {
    const x = inhoud.voortgang[a];
    const soorten = AFWIJKING_SOORTEN.filter((s) => STANDAARD_AFWIJKINGEN[a].includes(s) || x.afwijkingen[s]);
    return (
      <Fieldset key={a} className="ot-pj-aspect">
        <FieldsetLegend>{ASPECT_TITEL[a]}</FieldsetLegend>
        <Keuzegroep
          id={`rap-${a}-status`}
          legend={`Status ${ASPECT_TITEL[a].toLowerCase()}`}
          keuzes={[
            ...ASPECT_STATUSSEN.map((s) => ({ waarde: s as string, label: ASPECT_STATUS_TEKST[s] })),
            { waarde: 'geen', label: 'Nog geen status' },
          ]}
          waarde={x.status ?? 'geen'}
          fout={f[`inhoud.voortgang.${a}.status`]}
          onChange={(w) =>
            wijzig((i) => {
              i.voortgang[a].status = w === 'geen' ? null : (w as (typeof ASPECT_STATUSSEN)[number]);
            })
          }
        />
        <TekstVeld
          id={`rap-${a}-toelichting`}
          label={`Toelichting ${ASPECT_TITEL[a].toLowerCase()}`}
          optioneel
          rijen={4}
          fout={f[`inhoud.voortgang.${a}.toelichting`]}
          waarde={x.toelichting}
          onWijzig={(w) =>
            wijzig((i) => {
              i.voortgang[a].toelichting = w;
            })
          }
        />
        {soorten.map((s) => {
          const afw = x.afwijkingen[s] ?? { afwijking: null, toelichting: '' };
          const zet = (nieuw: typeof afw) =>
            wijzig((i) => {
              i.voortgang[a].afwijkingen[s] = nieuw;
            });
          return (
            <div key={s}>
              <Keuzegroep
                id={`rap-${a}-${s}`}
                legend={AFWIJKING_TITEL[s]}
                keuzes={[
                  { waarde: 'nee', label: 'Nee' },
                  { waarde: 'ja', label: 'Ja' },
                  { waarde: 'onbekend', label: 'Niet opgegeven' },
                ]}
                waarde={afw.afwijking === null ? 'onbekend' : afw.afwijking ? 'ja' : 'nee'}
                onChange={(w) => zet({ ...afw, afwijking: w === 'onbekend' ? null : w === 'ja' })}
              />
              <TekstVeld
                id={`rap-${a}-${s}-toelichting`}
                label={`Toelichting bij ${AFWIJKING_TITEL[s].toLowerCase()}`}
                optioneel
                rijen={2}
                fout={f[`inhoud.voortgang.${a}.afwijkingen.${s}`]}
                waarde={afw.toelichting}
                onWijzig={(w) => zet({ ...afw, toelichting: w })}
              />
            </div>
          );
        })}
      </Fieldset>
    );
  };

  const zetStuk = (n: number, deel: Partial<Stuk>) =>
    wijzig((i) => {
      i.besluitvorming.stukken[n] = { ...i.besluitvorming.stukken[n]!, ...deel };
    });

  return (
    <form onSubmit={verstuur} noValidate>
      {versturen.fout ? (
        versturen.fout.fout.code === 'versieconflict' || versturen.fout.fout.code === 'niet-bewerkbaar' ? (
          <ApiFoutMelding key={versturen.poging} fout={versturen.fout.fout} />
        ) : (
          <FoutSamenvatting
            key={versturen.poging}
            titel="De rapportage is niet opgeslagen"
            detail={versturen.fout.fout.detail}
            velden={velden
              .filter(([pad]) => f[pad])
              .map(([pad, id, label]) => ({ id, label, reden: f[pad]! }))}
            overig={versturen.fout.velden.overig}
          />
        )
      ) : null}
      <Heading level={2}>Algemeen</Heading>
      <TekstVeld
        id="rap-projectnaam"
        label="Projectnaam"
        fout={f['inhoud.projectnaam']}
        waarde={inhoud.projectnaam}
        onWijzig={(w) =>
          wijzig((i) => {
            i.projectnaam = w;
          })
        }
      />
      <TekstVeld
        id="rap-portefeuillehouder"
        label="Portefeuillehouder"
        optioneel
        fout={f['inhoud.portefeuillehouder']}
        waarde={inhoud.portefeuillehouder}
        onWijzig={(w) =>
          wijzig((i) => {
            i.portefeuillehouder = w;
          })
        }
      />
      <TekstVeld
        id="rap-rapportagedatum"
        label="Rapportagedatum"
        type="date"
        fout={f.rapportagedatum}
        waarde={datum}
        onWijzig={setDatum}
      />
      <Veld id="rap-projectfase" label="Projectfase" optioneel fout={f['inhoud.projectfase']}>
        {(k) => (
          <Select
            {...k}
            value={inhoud.projectfase ?? ''}
            onChange={(e) =>
              wijzig((i) => {
                i.projectfase = (e.target.value || null) as RapportageInhoud['projectfase'];
              })
            }
          >
            <SelectOption value="">Niet opgegeven</SelectOption>
            {PROJECTFASEN.map((p) => (
              <SelectOption key={p} value={p}>
                {PROJECTFASE_TEKST[p]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      {tekst('basisinformatie', 'Basisinformatie project', 10)}

      <Heading level={2}>Besluitvorming</Heading>
      <TekstVeld
        id="rap-besluitvorming"
        label="Toelichting bij de besluitvorming"
        optioneel
        rijen={3}
        fout={f['inhoud.besluitvorming.toelichting']}
        waarde={inhoud.besluitvorming.toelichting}
        onWijzig={(w) =>
          wijzig((i) => {
            i.besluitvorming.toelichting = w;
          })
        }
      />
      {inhoud.besluitvorming.stukken.map((s, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stukken have no identity of their own.
        <Fieldset key={n} className="ot-pj-regel">
          <FieldsetLegend>Stuk {n + 1}</FieldsetLegend>
          <Veld id={`rap-stuk-${n}-soort`} label="Soort" fout={f[`inhoud.besluitvorming.stukken.${n}.soort`]}>
            {(k) => (
              <Select
                {...k}
                value={s.soort}
                onChange={(e) => zetStuk(n, { soort: e.target.value as Stuk['soort'] })}
              >
                {STUK_SOORTEN.map((x) => (
                  <SelectOption key={x} value={x}>
                    {STUK_SOORT_TEKST[x]}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Veld>
          <TekstVeld
            id={`rap-stuk-${n}-nummer`}
            label="Nummer"
            fout={f[`inhoud.besluitvorming.stukken.${n}.nummer`]}
            waarde={s.nummer}
            onWijzig={(w) => zetStuk(n, { nummer: w })}
          />
          <TekstVeld
            id={`rap-stuk-${n}-onderwerp`}
            label="Onderwerp"
            fout={f[`inhoud.besluitvorming.stukken.${n}.onderwerp`]}
            waarde={s.onderwerp}
            onWijzig={(w) => zetStuk(n, { onderwerp: w })}
          />
          <TekstVeld
            id={`rap-stuk-${n}-datum`}
            label="Datum"
            type="date"
            optioneel
            fout={f[`inhoud.besluitvorming.stukken.${n}.datum`]}
            waarde={s.datum ?? ''}
            onWijzig={(w) => zetStuk(n, { datum: w || null })}
          />
          <ButtonGroup>
            <Button
              appearance="subtle-button"
              onClick={() =>
                wijzig((i) => {
                  i.besluitvorming.stukken.splice(n, 1);
                })
              }
            >
              Stuk {n + 1} verwijderen
            </Button>
          </ButtonGroup>
        </Fieldset>
      ))}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            wijzig((i) =>
              i.besluitvorming.stukken.push({
                soort: 'raadsmededeling',
                nummer: '',
                onderwerp: '',
                datum: null,
              }),
            )
          }
        >
          Stuk toevoegen
        </Button>
      </ButtonGroup>

      <Heading level={2}>Stand van zaken</Heading>
      {tekst('standVanZaken', 'Stand van zaken')}
      <Heading level={2}>Voortgang</Heading>
      {ASPECTEN.map(aspect)}
      <Heading level={2}>Overige informatie</Heading>
      {tekst('overigeInformatie', 'Overige informatie', 4)}
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Rapportage opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Editing a concept rapportage: every field of the report format. */
export function RapportageBewerken() {
  const { id = '' } = useParams();
  const geladen = useLaden(() => gegevens(http.GET('/rapportages/{id}', { params: { path: { id } } })), [id]);
  const r = geladen.data;
  const titel = r ? `Rapportage ${formatDatum(r.rapportagedatum)} bewerken` : 'Rapportage bewerken';
  usePaginaTitel(titel);
  if (geladen.fout) return <ApiFoutMelding fout={geladen.fout} kopNiveau={1} />;
  if (!r) return <Laden />;
  return (
    <>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>
        <AppLink to={`/projecten/rapportages/${r.id}`}>Terug naar de rapportage</AppLink> ({r.projectnaam})
      </Paragraph>
      {r.status !== 'concept' ? (
        <Alert type="warning">
          <Paragraph>Deze rapportage is geen concept meer en kan niet worden bewerkt.</Paragraph>
        </Alert>
      ) : (
        <Formulier r={r} />
      )}
    </>
  );
}

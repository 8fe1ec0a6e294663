import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { Gegeven } from '../beschikking/gegevens.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppButtonLink, AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import {
  ASPECT_TITEL,
  ASPECTEN,
  euro,
  MIJLPAAL_STAND_TEKST,
  RAPPORTAGE_STATUS_TEKST,
  RISICO_STATUS_TEKST,
  RISICOKLASSE_TEKST,
} from './labels.ts';
import { StatusLabel } from './StatusLabel.tsx';
import type { Project } from './types.ts';

function Tabel({
  bijschrift,
  koppen,
  children,
}: {
  bijschrift: string;
  koppen: string[];
  children: React.ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            {koppen.map((k) => (
              <TableHeaderCell key={k} scope="col">
                {k}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </section>
  );
}

/** A new rapportage: a copy of the previous one, for a new reporting date. */
function NieuweRapportage({ project }: { project: Project }) {
  const navigate = useNavigate();
  const [datum, setDatum] = useState(vandaagIso);
  const versturen = useVersturen(['rapportagedatum']);
  const f = versturen.fout?.velden.velden ?? {};
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const r = await gegevens(
        http.POST('/projecten/{id}/rapportages', {
          params: { path: { id: project.id } },
          body: {
            rapportagedatum: datum,
          },
        }),
      );
      navigate(`/projecten/rapportages/${r.id}`);
    });
  }
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="nieuwe-rapportage-kop">
      <Heading level={3} id="nieuwe-rapportage-kop">
        Nieuwe rapportage
      </Heading>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel="De rapportage is niet aangemaakt"
          detail={versturen.fout.fout.detail}
          velden={
            f.rapportagedatum
              ? [{ id: 'nieuwe-rapportagedatum', label: 'Rapportagedatum', reden: f.rapportagedatum }]
              : []
          }
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <div className="ot-rij">
        <TekstVeld
          id="nieuwe-rapportagedatum"
          label="Rapportagedatum"
          type="date"
          beschrijving={
            project.rapportages.length ? 'De nieuwe rapportage begint als kopie van de vorige.' : undefined
          }
          fout={f.rapportagedatum}
          waarde={datum}
          onWijzig={setDatum}
        />
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            Rapportage aanmaken
          </Button>
        </ButtonGroup>
      </div>
    </form>
  );
}

/** One project: its data, its rapportages, the registers and the variant comparisons. */
export function ProjectPagina() {
  const { id = '' } = useParams();
  const mag = useMag();
  const geladen = useLaden(() => gegevens(http.GET('/projecten/{id}', { params: { path: { id } } })), [id]);
  const p = geladen.data;
  usePaginaTitel(p?.naam ?? 'Project');
  if (geladen.fout) return <ApiFoutMelding fout={geladen.fout} kopNiveau={1} />;
  if (!p) return <Laden />;
  const wijzigLink = (register: string, tekst: string) =>
    mag('projecten.bewerken') ? (
      <ButtonGroup>
        <AppButtonLink to={`/projecten/${p.id}/${register}`} appearance="secondary-action-button">
          {tekst}
        </AppButtonLink>
      </ButtonGroup>
    ) : null;

  return (
    <>
      <Heading level={1}>{p.naam}</Heading>
      <Paragraph>
        <AppLink to="/projecten">Terug naar de grote projecten</AppLink>
      </Paragraph>
      <dl className="ot-gegevens">
        {p.hoofdproject ? (
          <Gegeven naam="Deelproject van">
            <AppLink to={`/projecten/${p.hoofdprojectId}`}>{p.hoofdproject}</AppLink>
          </Gegeven>
        ) : null}
        <Gegeven naam="Portefeuillehouder">{p.portefeuillehouder || 'Niet opgegeven'}</Gegeven>
        <Gegeven naam="Ambtelijk opdrachtgever">{p.ambtelijkOpdrachtgever || 'Niet opgegeven'}</Gegeven>
        <Gegeven naam="Projectleider">{p.projectleider || 'Niet opgegeven'}</Gegeven>
        <Gegeven naam="Programma">{p.programma || 'Niet opgegeven'}</Gegeven>
        {p.omschrijving ? <Gegeven naam="Omschrijving">{p.omschrijving}</Gegeven> : null}
      </dl>
      {p.deelprojecten.length ? (
        <>
          <Heading level={2}>Deelprojecten</Heading>
          <UnorderedList>
            {p.deelprojecten.map((d) => (
              <UnorderedListItem key={d.id}>
                <AppLink to={`/projecten/${d.id}`}>{d.naam}</AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {wijzigLink('wijzigen', 'Projectgegevens wijzigen')}

      <Heading level={2}>Rapportages</Heading>
      {p.rapportages.length === 0 ? <Paragraph>Nog geen rapportages.</Paragraph> : null}
      {p.rapportages.length ? (
        <Tabel
          bijschrift={`Rapportages van ${p.naam}`}
          koppen={['Rapportagedatum', 'Status', ...ASPECTEN.map((a) => ASPECT_TITEL[a])]}
        >
          {p.rapportages.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row">
                <AppLink to={`/projecten/rapportages/${r.id}`}>{formatDatum(r.rapportagedatum)}</AppLink>
              </TableHeaderCell>
              <TableCell>{RAPPORTAGE_STATUS_TEKST[r.status]}</TableCell>
              {ASPECTEN.map((a) => (
                <TableCell key={a}>
                  <StatusLabel status={r.aspecten[a]} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </Tabel>
      ) : null}
      {mag('projecten.bewerken') ? <NieuweRapportage project={p} /> : null}

      <Heading level={2}>Mijlpalen</Heading>
      {p.mijlpalen.length ? (
        <Tabel
          bijschrift={`Mijlpalen van ${p.naam}`}
          koppen={['Mijlpaal', 'Fase', 'Streefdatum', 'Stand', 'Besluitorgaan', 'Toelichting']}
        >
          {p.mijlpalen.map((m) => (
            <TableRow key={m.id}>
              <TableHeaderCell scope="row">{m.omschrijving}</TableHeaderCell>
              <TableCell>{m.fase}</TableCell>
              <TableCell>{m.streefdatum ? formatDatum(m.streefdatum) : '–'}</TableCell>
              <TableCell>
                {m.gereedOp
                  ? `Gereed op ${formatDatum(m.gereedOp)}`
                  : MIJLPAAL_STAND_TEKST[m.stand ?? 'gepland']}
              </TableCell>
              <TableCell>{m.besluitorgaan}</TableCell>
              <TableCell>{m.toelichting}</TableCell>
            </TableRow>
          ))}
        </Tabel>
      ) : (
        <Paragraph>Nog geen mijlpalen.</Paragraph>
      )}
      {wijzigLink('mijlpalen', 'Mijlpalen wijzigen')}

      <Heading level={2}>Risicoregister</Heading>
      {p.risicos.length ? (
        <Tabel
          bijschrift={`Risico's van ${p.naam} (kans en impact 1–5)`}
          koppen={[
            'Risico',
            'Ongewenste situatie',
            'Oorzaak',
            'Beheersmaatregel',
            'Kans × impact',
            'Eigenaar',
            'Status',
          ]}
        >
          {p.risicos.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row">{r.risico}</TableHeaderCell>
              <TableCell>{r.ongewensteSituatie}</TableCell>
              <TableCell className="ot-pj-tekst">{r.oorzaak}</TableCell>
              <TableCell className="ot-pj-tekst">{r.beheersmaatregel}</TableCell>
              <TableCell>
                {r.kans} × {r.impact} = {r.score} ({RISICOKLASSE_TEKST[r.klasse ?? 'laag'].toLowerCase()})
              </TableCell>
              <TableCell>{r.eigenaar}</TableCell>
              <TableCell>{RISICO_STATUS_TEKST[r.status]}</TableCell>
            </TableRow>
          ))}
        </Tabel>
      ) : (
        <Paragraph>Nog geen risico's.</Paragraph>
      )}
      {wijzigLink('risicos', "Risico's wijzigen")}

      <Heading level={2}>Budget</Heading>
      {p.budgetregels.length ? (
        <Tabel
          bijschrift={`Budget van ${p.naam} (p.m.: bedrag nog niet bekend)`}
          koppen={['Post', 'Soort en jaar', 'Bedrag', 'Dekking']}
        >
          {p.budgetregels.map((b) => (
            <TableRow key={b.id}>
              <TableHeaderCell scope="row">{b.post}</TableHeaderCell>
              <TableCell>
                {b.soort} {b.jaar}
              </TableCell>
              <TableCell className="ot-getal">{euro(b.bedrag)}</TableCell>
              <TableCell>{b.dekking}</TableCell>
            </TableRow>
          ))}
          {p.budgettotalen.map((t) => (
            <TableRow key={`${t.jaar}-${t.soort}`}>
              <TableHeaderCell scope="row">Totaal</TableHeaderCell>
              <TableCell>
                {t.soort} {t.jaar}
              </TableCell>
              <TableCell className="ot-getal">{euro(t.totaal)}</TableCell>
              <TableCell>{t.pmPosten ? `exclusief ${t.pmPosten} p.m.` : ''}</TableCell>
            </TableRow>
          ))}
        </Tabel>
      ) : (
        <Paragraph>Nog geen budgetregels.</Paragraph>
      )}
      {wijzigLink('budget', 'Budget wijzigen')}

      <Heading level={2}>Variantvergelijkingen</Heading>
      {p.variantvergelijkingen.length ? (
        <UnorderedList>
          {p.variantvergelijkingen.map((v) => (
            <UnorderedListItem key={v.id}>
              <AppLink to={`/projecten/varianten/${v.id}`}>{v.titel}</AppLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>Geen. Een varianttabel leest u in via Rapportage importeren.</Paragraph>
      )}
    </>
  );
}

import {
  Alert,
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
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import type { Huishouden, MeldingSoort, MeldingStatus } from '../api/types.ts';
import { useMag } from '../app/sessie.tsx';
import { OpenBezwaren } from '../beschikking/OpenBezwaren.tsx';
import { DoorbrakenOpHuishouden, Meekijkers } from '../doorbraak/Meekijkers.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { formatDatum, formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { ActieFout } from './ActieFout.tsx';
import { BrpSamenstelling } from './BrpSamenstelling.tsx';
import { useToegangsmedewerkers } from './keuzes.ts';
import { LidToevoegen } from './LidToevoegen.tsx';
import { kenmerkVan, RELATIE_NAMEN, SOORT_NAMEN, STATUS_NAMEN } from './labels.ts';
import { MedewerkerKeuze } from './MedewerkerKeuze.tsx';
import { VerwachtKindFormulier } from './VerwachtKind.tsx';

/** A table in a focusable, named region, so that keyboard users can scroll it when it is wide. */
function TabelRegio({ naam, children }: { naam: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={naam}>
      {children}
    </section>
  );
}

const CONTACT_VELDEN = {
  medewerkerId: ['contactpersoon-medewerker', 'Nieuwe contactpersoon'],
  reden: ['contactpersoon-reden', 'Reden'],
} as const;

function ContactpersoonWijzigen({
  huishouden,
  klaar,
  herladen,
}: {
  huishouden: Huishouden;
  klaar(h: Huishouden): void;
  herladen(): void;
}) {
  const [medewerkerId, setMedewerkerId] = useState('');
  const [reden, setReden] = useState('');
  const medewerkers = useToegangsmedewerkers(huishouden.gemeenteCode);
  const versturen = useVersturen(Object.keys(CONTACT_VELDEN));
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const h = await gegevens(
        http.PUT('/huishoudens/{id}/contactpersoon', {
          params: { path: { id: huishouden.id } },
          body: {
            versie: huishouden.versie,
            medewerkerId,
            reden: reden.trim() || null,
          },
        }),
      );
      setMedewerkerId('');
      setReden('');
      klaar(h);
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="contactpersoon-wijzigen-kop">
      <Heading level={3} id="contactpersoon-wijzigen-kop">
        Contactpersoon wijzigen
      </Heading>
      <ActieFout versturen={versturen} velden={CONTACT_VELDEN} herladen={herladen} />
      <div className="ot-rij">
        <Veld id={CONTACT_VELDEN.medewerkerId[0]} label="Nieuwe contactpersoon" fout={f.medewerkerId}>
          {(k) => (
            <MedewerkerKeuze
              koppeling={k}
              medewerkers={medewerkers.data?.filter((m) => m.id !== huishouden.contactpersoon?.id)}
              waarde={medewerkerId}
              onChange={setMedewerkerId}
            />
          )}
        </Veld>
        <Veld id={CONTACT_VELDEN.reden[0]} label="Reden" optioneel fout={f.reden}>
          {(k) => (
            <Textbox {...k} autoComplete="off" value={reden} onChange={(e) => setReden(e.target.value)} />
          )}
        </Veld>
      </div>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Contactpersoon wijzigen
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** 1 huishouden, 1 plan, 1 contactpersoon: the members, the one contactpersoon and the meldingen. */
export function HuishoudenPagina() {
  const { id = '' } = useParams();
  const mag = useMag();
  const geladen = useLaden(() => gegevens(http.GET('/huishoudens/{id}', { params: { path: { id } } })), [id]);
  const [bijgewerkt, setBijgewerkt] = useState<Huishouden | null>(null);
  const h = bijgewerkt ?? geladen.data;
  usePaginaTitel(h?.naam ?? 'Huishouden');

  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!h) {
    return (
      <>
        <Heading level={1}>Huishouden</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }

  const huidig = h.leden.filter((l) => !l.tot);
  const vroeger = h.leden.filter((l) => l.tot);
  const naamVanPersoon = new Map(h.leden.map((l) => [l.persoonId, l.naam]));
  const teamleider = mag('werkvoorraad.verdelen');

  return (
    <>
      <Heading level={1}>{h.naam}</Heading>
      {mag('plan.raadplegen') ? (
        <Paragraph>
          <AppLink to={`/huishoudens/${h.id}/plan`}>Het plan van dit huishouden</AppLink>
        </Paragraph>
      ) : null}
      <OpenBezwaren huishoudenId={h.id} />
      {bijgewerkt ? (
        <Alert type="ok">
          <Paragraph>De contactpersoon is nu {bijgewerkt.contactpersoon?.naam ?? 'niemand'}.</Paragraph>
        </Alert>
      ) : null}

      <section className="ot-blok ot-blok--nadruk" aria-labelledby="contactpersoon-kop">
        <Heading level={2} id="contactpersoon-kop">
          Contactpersoon
        </Heading>
        <Paragraph lead>
          {h.contactpersoon ? (
            <strong>{h.contactpersoon.naam}</strong>
          ) : (
            'Dit huishouden heeft nog geen contactpersoon.'
          )}
        </Paragraph>
        <Paragraph>
          Eén huishouden, één plan, één contactpersoon: iedereen die met dit huishouden werkt, stemt af met de
          contactpersoon.
        </Paragraph>
        {teamleider ? (
          <ContactpersoonWijzigen
            key={h.versie}
            huishouden={h}
            klaar={(nieuw) => {
              setBijgewerkt(nieuw);
              geladen.opnieuw();
            }}
            herladen={() => {
              setBijgewerkt(null);
              geladen.opnieuw();
            }}
          />
        ) : null}
      </section>

      {mag('relaties.bekijken') ? (
        <>
          <DoorbrakenOpHuishouden huishoudenId={h.id} />
          <Meekijkers
            huishoudenId={h.id}
            gemeenteCode={h.gemeenteCode}
            contactpersoonId={h.contactpersoon?.id ?? null}
          />
        </>
      ) : null}

      <Heading level={2}>Leden</Heading>
      <TabelRegio naam="Leden van het huishouden">
        <Table>
          <TableCaption>Leden van het huishouden ({huidig.length})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
              <TableHeaderCell scope="col">Relatie</TableHeaderCell>
              <TableHeaderCell scope="col">Lid sinds</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {huidig.map((l) => (
              <TableRow key={l.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/personen/${l.persoonId}`}>{l.naam}</AppLink>
                </TableHeaderCell>
                <TableCell>{formatDatum(l.geboortedatum)}</TableCell>
                <TableCell>{RELATIE_NAMEN[l.relatie]}</TableCell>
                <TableCell>{formatDatum(l.van)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TabelRegio>
      {mag('personen.registreren') ? <LidToevoegen huishouden={h} toegevoegd={geladen.opnieuw} /> : null}
      {mag('brp.raadplegen') && huidig.find((l) => l.relatie === 'referentiepersoon') ? (
        <BrpSamenstelling persoonId={huidig.find((l) => l.relatie === 'referentiepersoon')!.persoonId} />
      ) : null}
      {vroeger.length > 0 ? (
        <TabelRegio naam="Vroegere leden">
          <Table>
            <TableCaption>Vroegere leden ({vroeger.length})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
                <TableHeaderCell scope="col">Relatie</TableHeaderCell>
                <TableHeaderCell scope="col">Van</TableHeaderCell>
                <TableHeaderCell scope="col">Tot</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {vroeger.map((l) => (
                <TableRow key={l.id}>
                  <TableHeaderCell scope="row">{l.naam}</TableHeaderCell>
                  <TableCell>{formatDatum(l.geboortedatum)}</TableCell>
                  <TableCell>{RELATIE_NAMEN[l.relatie]}</TableCell>
                  <TableCell>{formatDatum(l.van)}</TableCell>
                  <TableCell>{l.tot ? formatDatum(l.tot) : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TabelRegio>
      ) : null}
      {h.verwachteKinderen.length ? (
        <>
          <Heading level={3}>Verwacht</Heading>
          <ul>
            {h.verwachteKinderen.map((k) => (
              <li key={k.id}>
                Ongeboren kind, verwachte geboortedatum {formatDatum(k.verwachteGeboortedatum)}
                {k.toelichting ? `: ${k.toelichting}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {mag('personen.registreren') ? (
        <VerwachtKindFormulier huishoudenId={h.id} klaar={geladen.opnieuw} />
      ) : null}

      <Heading level={2}>Meldingen</Heading>
      {h.meldingen.length === 0 ? (
        <Paragraph>Dit huishouden heeft geen meldingen.</Paragraph>
      ) : (
        <TabelRegio naam="Meldingen van het huishouden">
          <Table>
            <TableCaption>Meldingen van het huishouden ({h.meldingen.length})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Soort</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                <TableHeaderCell scope="col">Voor</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {h.meldingen.map((m) => (
                <TableRow key={m.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/meldingen/${m.id}`}>{kenmerkVan(m.nummer)}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{SOORT_NAMEN[m.soort as MeldingSoort] ?? m.soort}</TableCell>
                  <TableCell>{STATUS_NAMEN[m.status as MeldingStatus] ?? m.status}</TableCell>
                  <TableCell>{formatDatum(m.ontvangstdatum)}</TableCell>
                  <TableCell>{naamVanPersoon.get(m.persoonId) ?? 'Vroeger lid'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TabelRegio>
      )}
      {h.meldingen.length > 0 ? (
        <ExportLinks pad={`/huishoudens/${h.id}/meldingen`} naam="de meldingen van het huishouden" />
      ) : null}

      <Heading level={2}>Historie van de contactpersoon</Heading>
      {h.contactpersoonHistorie.length === 0 ? (
        <Paragraph>Er is nog geen historie.</Paragraph>
      ) : (
        <TabelRegio naam="Historie van de contactpersoon">
          <Table>
            <TableCaption>Historie van de contactpersoon</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Contactpersoon</TableHeaderCell>
                <TableHeaderCell scope="col">Van</TableHeaderCell>
                <TableHeaderCell scope="col">Tot</TableHeaderCell>
                <TableHeaderCell scope="col">Reden</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {h.contactpersoonHistorie.map((c) => (
                <TableRow key={`${c.medewerker.id}-${c.van}`}>
                  <TableHeaderCell scope="row">{c.medewerker.naam}</TableHeaderCell>
                  <TableCell>{formatTijdstip(c.van)}</TableCell>
                  <TableCell>{c.tot ? formatTijdstip(c.tot) : 'Nu'}</TableCell>
                  <TableCell>{c.reden ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TabelRegio>
      )}
    </>
  );
}

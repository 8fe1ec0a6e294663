import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import type { Rol } from '../api/types.ts';
import { useGebruiker, useMag } from '../app/sessie.tsx';
import { MijnDoorbraken } from '../doorbraak/Meekijkers.tsx';
import { OngelezenPortaalberichten } from '../intake/PortaalBerichten.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { rolNaam } from '../ui/rolNamen.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { WatWacht } from '../werk/WatWacht.tsx';

interface Snelkoppeling {
  naar: string;
  tekst: string;
  uitleg: string;
  /** The usual first steps of these roles' jobs (a suggestion, not a right). */
  voor: readonly Rol[];
  /** The permission the screen needs (its `recht` in the area's schermen.ts). */
  recht: string;
}

/** The usual first steps per role; each is shown only when the user holds the screen's permission. */
const SNELKOPPELINGEN: readonly Snelkoppeling[] = [
  {
    naar: '/meldingen/nieuw',
    recht: 'meldingen.registreren',
    tekst: 'Nieuwe melding',
    uitleg: 'Een melding, informatievraag of signaal registreren.',
    voor: ['kcc', 'toegangsmedewerker'],
  },
  {
    naar: '/werkvoorraad',
    recht: 'werkvoorraad.raadplegen',
    tekst: 'Mijn werkvoorraad',
    uitleg: 'Uw open meldingen met de tijd tot de termijn.',
    voor: ['toegangsmedewerker'],
  },
  {
    naar: '/werkvoorraad',
    recht: 'werkvoorraad.raadplegen',
    tekst: 'Nieuwe meldingen om te triëren',
    uitleg: 'De werkvoorraad met meldingen die nog getrieerd moeten worden.',
    voor: ['kcc'],
  },
  {
    naar: '/verdeling',
    recht: 'werkvoorraad.verdelen',
    tekst: 'Werk verdelen',
    uitleg: 'De werklast van het team en meldingen zonder behandelaar.',
    voor: ['teamleider'],
  },
  {
    naar: '/werkvoorraad',
    recht: 'werkvoorraad.raadplegen',
    tekst: 'Werkvoorraad van het team',
    uitleg: 'Alle open meldingen met hun termijnen.',
    voor: ['teamleider'],
  },
  {
    naar: '/aanvragen',
    recht: 'beschikkingen.opstellen',
    tekst: 'Te beschikken',
    uitleg: 'Ingediende aanvragen waarop nog een beschikking moet volgen, vroegste termijn eerst.',
    voor: ['backoffice'],
  },
  {
    naar: '/herindicaties',
    recht: 'herindicaties.raadplegen',
    tekst: 'Herindicaties',
    uitleg: 'Voorzieningen die binnenkort aflopen, om herindicaties op tijd te plannen.',
    voor: ['backoffice'],
  },
  {
    naar: '/iwmo-berichten',
    recht: 'iwmo.raadplegen',
    tekst: 'iWmo-berichten',
    uitleg: 'Toewijzingen aan aanbieders en berichten van aanbieders.',
    voor: ['backoffice'],
  },
  {
    naar: '/beheer/kalender',
    recht: 'intake.configureren',
    tekst: 'Kalender',
    uitleg: 'Gelijkgestelde feestdagen voor de termijnen.',
    voor: ['beheer'],
  },
  {
    naar: '/organisatie',
    recht: 'organisatie.overzien',
    tekst: 'Organisatie',
    uitleg: 'Teams en medewerkers.',
    voor: ['beheer'],
  },
  {
    naar: '/audittrail',
    recht: 'audit.raadplegen',
    tekst: 'Audittrail',
    uitleg: 'Wie heeft wat ingezien of gewijzigd.',
    voor: ['auditor'],
  },
];

export function StartPagina() {
  usePaginaTitel('Start');
  const gebruiker = useGebruiker();
  const mag = useMag();
  const gemeenten = useLaden(() => gegevens(http.GET('/gemeenten')), []);
  const naamVan = new Map(gemeenten.data?.map((g) => [g.code, g.naam]));
  const snelkoppelingen = SNELKOPPELINGEN.filter((s) => {
    return s.voor.some((r) => gebruiker.rollen.includes(r)) && mag(s.recht);
  });

  return (
    <>
      <Heading level={1}>Welkom, {gebruiker.naam}</Heading>
      <Paragraph lead>
        U bent ingelogd als <strong>{gebruiker.gebruikersnaam}</strong>.
      </Paragraph>

      <WatWacht />

      {mag('relaties.bekijken') ? <MijnDoorbraken /> : null}

      {snelkoppelingen.length > 0 ? (
        <>
          <Heading level={2}>Direct naar</Heading>
          <UnorderedList>
            {snelkoppelingen.map((s) => (
              <UnorderedListItem key={s.tekst}>
                <AppLink to={s.naar}>{s.tekst}</AppLink>: {s.uitleg}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}

      {mag('portaal.berichten') ? <OngelezenPortaalberichten /> : null}

      <Heading level={2}>Uw rollen</Heading>
      <UnorderedList>
        {gebruiker.rollen.map((r) => (
          <UnorderedListItem key={r}>{rolNaam(r)}</UnorderedListItem>
        ))}
      </UnorderedList>

      <Heading level={2}>Uw gemeenten</Heading>
      {gemeenten.fout ? <ApiFoutMelding fout={gemeenten.fout} kopNiveau={3} /> : null}
      {gemeenten.laden && !gemeenten.data ? <Laden /> : null}
      {gemeenten.data ? (
        <UnorderedList>
          {gebruiker.gemeenten.map((code) => (
            <UnorderedListItem key={code}>
              {naamVan.get(code) ?? `Gemeente ${code}`}
              {code === gebruiker.gemeenteCode ? ' (uw eigen gemeente)' : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </>
  );
}

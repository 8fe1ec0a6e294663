import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { Gemeente } from '../api/types.ts';
import { rolNaam } from '../app/rollen.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

export function StartPagina() {
  usePaginaTitel('Start');
  const gebruiker = useGebruiker();
  const gemeenten = useLaden(() => api.get<Gemeente[]>('/gemeenten'), []);
  const naamVan = new Map(gemeenten.data?.map((g) => [g.code, g.naam]));

  return (
    <>
      <Heading level={1}>Welkom, {gebruiker.naam}</Heading>
      <Paragraph lead>
        U bent ingelogd als <strong>{gebruiker.gebruikersnaam}</strong>.
      </Paragraph>

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

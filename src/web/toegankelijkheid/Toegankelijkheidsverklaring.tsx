import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

/**
 * /toegankelijkheid: the accessibility statement (Besluit digitale toegankelijkheid overheid; the
 * model of digitoegankelijk.nl), reachable without logging in from every page's footer. It says
 * what is tested and how, what is known not to comply, and how to report a problem.
 */
export function Toegankelijkheidsverklaring() {
  usePaginaTitel('Toegankelijkheidsverklaring');
  return (
    <>
      <Heading level={1}>Toegankelijkheidsverklaring</Heading>
      <Paragraph lead>
        Open Toegang wil voor iedereen bruikbaar zijn, ook voor medewerkers die met het toetsenbord, een
        schermlezer, vergroting of spraakbesturing werken. De norm is WCAG 2.2 op niveau AA (EN 301 549).
      </Paragraph>

      <Heading level={2}>Status: gedeeltelijk voldoet</Heading>
      <Paragraph>
        Deze verklaring gaat over de webapplicatie voor medewerkers en het inwonerportaal. Zij is opgesteld
        door het ontwikkelteam op basis van automatische tests en handmatige controle; een onderzoek door een
        onafhankelijke, deskundige partij (zoals de overheid dat vraagt) moet de gemeente nog laten doen.
        Zolang dat er niet is, is de status "gedeeltelijk voldoet".
      </Paragraph>

      <Heading level={2}>Wat we doen</Heading>
      <UnorderedList>
        <UnorderedListItem>
          Elk scherm wordt in de browsertests gecontroleerd met axe op de regels van WCAG 2.0, 2.1 en 2.2,
          niveau A en AA. Een gevonden fout laat de test falen.
        </UnorderedListItem>
        <UnorderedListItem>
          Alles werkt met alleen het toetsenbord: een link "Naar de inhoud", de focus gaat na het laden naar
          de kop van de pagina en bij een fout naar de samenvatting van de fouten. Een melding registreren met
          alleen het toetsenbord wordt getest, met een bovengrens voor het aantal toetsaanslagen.
        </UnorderedListItem>
        <UnorderedListItem>
          Componenten en huisstijl komen uit NL Design System; kleur is nooit de enige drager van informatie
          (het actieve menu-item is vet en onderstreept, termijnen hebben een tekst).
        </UnorderedListItem>
        <UnorderedListItem>
          Foutmeldingen staan bij het veld en in een samenvatting bovenaan het formulier, in gewone taal.
        </UnorderedListItem>
      </UnorderedList>

      <Heading level={2}>Wat nog niet voldoet</Heading>
      <UnorderedList>
        <UnorderedListItem>
          Grafieken in de monitoring hebben een tabel met dezelfde cijfers, maar de grafiek zelf is niet in
          detail te verkennen met een schermlezer.
        </UnorderedListItem>
        <UnorderedListItem>
          De PDF-brieven (beschikking, verslag, ontvangstbevestiging) zijn nog niet als toegankelijke PDF
          (PDF/UA) getagd. De inhoud staat ook op het scherm.
        </UnorderedListItem>
        <UnorderedListItem>
          Niet elk scherm is met een schermlezer (NVDA, VoiceOver) handmatig doorlopen.
        </UnorderedListItem>
      </UnorderedList>

      <Heading level={2}>Een probleem melden</Heading>
      <Paragraph>
        Loopt u tegen een probleem aan, of is iets niet te gebruiken met uw hulpmiddel? Meld het bij de
        functioneel beheerder van uw gemeente; die zet het door naar het ontwikkelteam van Open Toegang (een
        openbare melding in de code van het project). Noem het scherm (het adres in de adresbalk), wat u deed
        en welk hulpmiddel u gebruikt. U krijgt binnen vijf werkdagen antwoord; een oplossing of een
        alternatieve manier volgt zo snel mogelijk.
      </Paragraph>
      <Paragraph>
        Bent u niet tevreden met de afhandeling? Dan kunt u een klacht indienen bij de gemeente, en daarna bij
        de Nationale ombudsman.
      </Paragraph>
    </>
  );
}

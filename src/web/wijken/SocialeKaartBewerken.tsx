import { Button, ButtonGroup, Heading, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import type { Antwoord } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';

type Item = Antwoord<'/sociale-kaart'>[number];

const TEKSTEN = {
  naam: ['kaart-naam', 'Naam van de voorziening'],
  aanbieder: ['kaart-aanbieder', 'Aanbieder'],
  omschrijving: ['kaart-omschrijving', 'Wat doet de voorziening?'],
  voorWie: ['kaart-voor-wie', 'Voor wie?'],
  waar: ['kaart-waar', 'Waar?'],
  bereikbaarheid: ['kaart-bereikbaarheid', 'Hoe bereikt iemand de voorziening?'],
  telefoon: ['kaart-telefoon', 'Telefoon'],
  kosten: ['kaart-kosten', 'Kosten'],
  trefwoorden: ['kaart-trefwoorden', 'Trefwoorden'],
} as const;
type Tekst = keyof typeof TEKSTEN;
const OPTIONEEL = new Set<Tekst>(['waar', 'telefoon', 'kosten', 'trefwoorden']);
const MEERREGELIG = new Set<Tekst>(['omschrijving', 'voorWie', 'bereikbaarheid']);

const leeg = (): Record<Tekst, string> => ({
  naam: '',
  aanbieder: '',
  omschrijving: '',
  voorWie: '',
  waar: '',
  bereikbaarheid: '',
  telefoon: '',
  kosten: '',
  trefwoorden: '',
});

/**
 * Add or edit an entry of the sociale kaart (POST /sociale-kaart, PUT /sociale-kaart/{id}), for
 * functioneel beheer and partner staff. A partner edits its own entries only (the server checks).
 */
export function SocialeKaartBewerken({ item, klaar }: { item: Item | null; klaar(t: string): void }) {
  const [v, setV] = useState<Record<Tekst, string>>(() =>
    item
      ? {
          naam: item.naam,
          aanbieder: item.aanbieder,
          omschrijving: item.omschrijving,
          voorWie: item.voorWie,
          waar: item.waar ?? '',
          bereikbaarheid: item.bereikbaarheid,
          telefoon: item.telefoon ?? '',
          kosten: item.kosten ?? '',
          trefwoorden: item.trefwoorden,
        }
      : leeg(),
  );
  const [soort, setSoort] = useState<'voorliggend' | 'algemeen'>(item?.soort ?? 'voorliggend');
  const [kosteloos, setKosteloos] = useState(item?.kosteloos ?? true);
  const versturen = useVersturen([...Object.keys(TEKSTEN), 'soort', 'kosteloos']);
  const f = versturen.fout?.velden.velden ?? {};
  const samenvatting = Object.entries(TEKSTEN)
    .filter(([naam]) => f[naam])
    .map(([naam, [id, label]]) => ({ id, label, reden: f[naam]! }));

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const body = {
        ...v,
        waar: v.waar || null,
        telefoon: v.telefoon || null,
        kosten: kosteloos ? null : v.kosten || null,
        soort,
        kosteloos,
        wijken: item?.wijken ?? [],
        leefgebieden: (item?.leefgebieden ?? []) as never,
        actief: item?.actief ?? true,
      };
      const r = item
        ? await gegevens(
            http.PUT('/sociale-kaart/{id}', {
              params: { path: { id: item.id } },
              body: { ...body, versie: item.versie },
            }),
          )
        : await gegevens(http.POST('/sociale-kaart', { body }));
      if (!item) setV(leeg());
      klaar(item ? `"${r.naam}" is bijgewerkt.` : `"${r.naam}" staat op de sociale kaart.`);
    });
  }

  const kop = item ? `${item.naam} bewerken` : 'Voorziening toevoegen';
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="kaart-bewerken-kop">
      <Heading level={2} id="kaart-bewerken-kop">
        {kop}
      </Heading>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={samenvatting.length ? 'Controleer de volgende velden' : versturen.fout.fout.title}
          detail={samenvatting.length ? undefined : versturen.fout.fout.detail}
          velden={samenvatting}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      {(['naam', 'aanbieder'] as const).map((k) => (
        <TekstVeld
          key={k}
          id={TEKSTEN[k][0]}
          label={TEKSTEN[k][1]}
          waarde={v[k]}
          onWijzig={(w) => setV((o) => ({ ...o, [k]: w }))}
          fout={f[k]}
        />
      ))}
      <Veld id="kaart-soort" label="Soort" fout={f.soort}>
        {(k) => (
          <Select {...k} value={soort} onChange={(e) => setSoort(e.target.value as typeof soort)}>
            <SelectOption value="voorliggend">Voorliggende voorziening</SelectOption>
            <SelectOption value="algemeen">Algemene voorziening</SelectOption>
          </Select>
        )}
      </Veld>
      {(['omschrijving', 'voorWie', 'waar', 'bereikbaarheid', 'telefoon'] as const).map((k) => (
        <TekstVeld
          key={k}
          id={TEKSTEN[k][0]}
          label={TEKSTEN[k][1]}
          rijen={MEERREGELIG.has(k) ? 3 : undefined}
          type={k === 'telefoon' ? 'tel' : undefined}
          optioneel={OPTIONEEL.has(k)}
          waarde={v[k]}
          onWijzig={(w) => setV((o) => ({ ...o, [k]: w }))}
          fout={f[k]}
        />
      ))}
      <KeuzeVakje
        id="kaart-kosteloos"
        label="Gratis"
        checked={kosteloos}
        onChange={setKosteloos}
        fout={f.kosteloos}
      />
      {kosteloos ? null : (
        <TekstVeld
          id={TEKSTEN.kosten[0]}
          label={TEKSTEN.kosten[1]}
          optioneel
          waarde={v.kosten}
          onWijzig={(w) => setV((o) => ({ ...o, kosten: w }))}
          fout={f.kosten}
        />
      )}
      <TekstVeld
        id={TEKSTEN.trefwoorden[0]}
        label={TEKSTEN.trefwoorden[1]}
        beschrijving="Woorden waarop mensen zoeken, bijvoorbeeld: eenzaam, koffie, ontmoeten."
        optioneel
        waarde={v.trefwoorden}
        onWijzig={(w) => setV((o) => ({ ...o, trefwoorden: w }))}
        fout={f.trefwoorden}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          {item ? 'Wijzigingen opslaan' : 'Voorziening toevoegen'}
        </Button>
      </ButtonGroup>
    </form>
  );
}

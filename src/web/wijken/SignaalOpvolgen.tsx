import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';

export const SIGNAAL_STATUS: Record<string, string> = {
  nieuw: 'Nieuw',
  'in-behandeling': 'In behandeling',
  opgepakt: 'Opgepakt',
  afgesloten: 'Afgesloten',
};

const VELDEN = {
  signaal: ['opvolging-signaal', 'Signaal'],
  status: ['opvolging-status', 'Nieuwe status'],
  opvolging: ['opvolging-tekst', 'Wat is er gedaan of afgesproken?'],
} as const;

interface Signaal {
  id: string;
  titel: string;
  status: string;
  opvolging: string | null;
  versie: number;
  wijk: { naam: string };
}

/**
 * Follow-up of a signal on the board (POST /signalen/{id}/opvolging): pick the signal, set its
 * status and say what was done. The version guards against two people updating the same signal.
 */
export function SignaalOpvolgen({
  signalen,
  klaar,
}: {
  signalen: readonly Signaal[];
  klaar(t: string): void;
}) {
  const [id, setId] = useState('');
  const [status, setStatus] = useState('in-behandeling');
  const [opvolging, setOpvolging] = useState('');
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  const samenvatting = Object.entries(VELDEN)
    .filter(([naam]) => f[naam])
    .map(([naam, [veld, label]]) => ({ id: veld, label, reden: f[naam]! }));
  const gekozen = signalen.find((s) => s.id === id);

  function kies(nieuw: string) {
    setId(nieuw);
    const s = signalen.find((x) => x.id === nieuw);
    setOpvolging(s?.opvolging ?? '');
    if (s) setStatus(s.status === 'nieuw' ? 'in-behandeling' : s.status);
  }

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      if (!gekozen) return;
      const s = await gegevens(
        http.POST('/signalen/{id}/opvolging', {
          params: { path: { id: gekozen.id } },
          body: { status: status as never, opvolging: opvolging || null, versie: gekozen.versie },
        }),
      );
      setId('');
      setOpvolging('');
      klaar(`Het signaal "${s.titel}" staat nu op "${SIGNAAL_STATUS[s.status] ?? s.status}".`);
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="opvolging-kop">
      <Heading level={2} id="opvolging-kop">
        Signaal opvolgen
      </Heading>
      <Paragraph>
        Leg vast wat er met een signaal gebeurt. Schrijf geen namen of andere persoonsgegevens op.
      </Paragraph>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={samenvatting.length ? 'Controleer de volgende velden' : versturen.fout.fout.title}
          detail={samenvatting.length ? undefined : versturen.fout.fout.detail}
          velden={samenvatting}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <Veld id={VELDEN.signaal[0]} label="Signaal" fout={f.signaal}>
        {(k) => (
          <Select {...k} value={id} onChange={(e) => kies(e.target.value)}>
            <SelectOption value="">Kies een signaal</SelectOption>
            {signalen.map((s) => (
              <SelectOption key={s.id} value={s.id}>
                {s.titel} ({s.wijk.naam}, {SIGNAAL_STATUS[s.status] ?? s.status})
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld id={VELDEN.status[0]} label="Nieuwe status" fout={f.status}>
        {(k) => (
          <Select {...k} value={status} onChange={(e) => setStatus(e.target.value)}>
            {Object.entries(SIGNAAL_STATUS).map(([code, naam]) => (
              <SelectOption key={code} value={code}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <TekstVeld
        id={VELDEN.opvolging[0]}
        label="Wat is er gedaan of afgesproken?"
        rijen={3}
        waarde={opvolging}
        onWijzig={setOpvolging}
        fout={f.opvolging}
        optioneel
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig || !gekozen}
        >
          Opvolging vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}

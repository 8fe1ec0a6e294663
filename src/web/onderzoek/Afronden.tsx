import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { asApiError, gegevens, http, type InvalidParam, zoalsIngevuld } from '../api/client.ts';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { Keuzegroep, keuzeId } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { type StapFouten, veldVoorPad } from './concept.ts';
import { LADDER_OMSCHRIJVING, LADDER_UITLEG } from './labels.ts';
import type { LadderStap, Onderzoek } from './types.ts';

const LADDER: LadderStap[] = ['advies-doorverwijzing', 'collectief-preventie', 'maatwerk'];

interface Invoer {
  ladderUitkomst: LadderStap | '';
  samenvatting: string;
  advies: string;
  vervolg: string;
}

type EigenVeld = keyof Invoer;
const EIGEN_VELDEN: Record<EigenVeld, { id: string; label: string }> = {
  ladderUitkomst: { id: 'afronding-ladderUitkomst', label: 'Uitkomst op de ladder' },
  samenvatting: { id: 'afronding-samenvatting', label: 'Samenvatting van de conclusie' },
  advies: { id: 'afronding-advies', label: 'Advies' },
  vervolg: { id: 'afronding-vervolg', label: 'Wat gebeurt er nu?' },
};

function doelVan(veld: EigenVeld): string {
  return veld === 'ladderUitkomst'
    ? keuzeId(EIGEN_VELDEN.ladderUitkomst.id, LADDER[0]!)
    : EIGEN_VELDEN[veld].id;
}

interface Weigering {
  detail: string;
  eigen: Partial<Record<EigenVeld, string>>;
  /** Field errors in the steps above, in the order the server named them. */
  stappen: Array<{ pad: string; id: string; label: string; reden: string }>;
  overig: InvalidParam[];
}

export interface AfrondenProps {
  onderzoek: Onderzoek;
  /** Saves what autosave has not saved yet; the newest onderzoek, or null if that failed. */
  bewaarNu(): Promise<Onderzoek | null>;
  /** Errors for the step fields (shown next to them), or {} to clear them. */
  zetStapFouten(fouten: StapFouten): void;
  afgerond(o: Onderzoek): void;
}

/**
 * Concludes the onderzoek: the outcome on the ladder of solutions and the conclusion. The server
 * refuses (400) while an answer is open or the outcome contradicts step 5; each reason appears
 * next to its field (also in the steps above) and in the summary, which links to it.
 */
export function Afronden({ onderzoek, bewaarNu, zetStapFouten, afgerond }: AfrondenProps) {
  const [v, setV] = useState<Invoer>({ ladderUitkomst: '', samenvatting: '', advies: '', vervolg: '' });
  const [bezig, setBezig] = useState(false);
  const [weigering, setWeigering] = useState<Weigering | null>(null);
  const [poging, setPoging] = useState(0);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBezig(true);
    try {
      const actueel = await bewaarNu();
      if (!actueel) {
        setWeigering({
          detail:
            'Uw laatste wijzigingen aan de stappen zijn nog niet opgeslagen. Wacht tot ze zijn opgeslagen (zie de status onder de stappen) en probeer het dan opnieuw.',
          eigen: {},
          stappen: [],
          overig: [],
        });
        setPoging((p) => p + 1);
        return;
      }
      const o = await gegevens(
        http.POST('/onderzoeken/{id}/afronding', {
          params: { path: { id: onderzoek.id } },
          body: zoalsIngevuld({
            versie: actueel.versie,
            ladderUitkomst: v.ladderUitkomst || undefined,
            samenvatting: v.samenvatting,
            advies: v.advies.trim() || null,
            vervolg: v.vervolg,
          }),
        }),
      );
      zetStapFouten({});
      setWeigering(null);
      afgerond(o);
    } catch (err) {
      const fout = asApiError(err);
      const w: Weigering = { detail: fout.detail, eigen: {}, stappen: [], overig: [] };
      const stapFouten: StapFouten = {};
      for (const p of fout.invalidParams) {
        const eigen = (Object.keys(EIGEN_VELDEN) as EigenVeld[]).find(
          (k) => p.name === k || p.name.startsWith(`${k}.`),
        );
        const stapVeld = eigen ? undefined : veldVoorPad(p.name);
        if (eigen) w.eigen[eigen] ??= p.reason;
        else if (stapVeld && !stapFouten[stapVeld.pad]) {
          stapFouten[stapVeld.pad] = p.reason;
          w.stappen.push({ pad: stapVeld.pad, id: stapVeld.doel, label: stapVeld.label, reden: p.reason });
        } else if (!stapVeld) w.overig.push(p);
      }
      zetStapFouten(stapFouten);
      setWeigering(w);
      setPoging((p) => p + 1);
    } finally {
      setBezig(false);
    }
  }

  const eigen = weigering?.eigen ?? {};
  const samenvatting = weigering
    ? [
        ...weigering.stappen.map((s) => ({ id: s.id, label: s.label, reden: s.reden })),
        ...(Object.keys(EIGEN_VELDEN) as EigenVeld[])
          .filter((k) => eigen[k])
          .map((k) => ({ id: doelVan(k), label: EIGEN_VELDEN[k].label, reden: eigen[k]! })),
      ]
    : [];

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="afronden-kop" className="ot-ozk-formulier">
      <Heading level={3} id="afronden-kop">
        Conclusie en uitkomst
      </Heading>
      {weigering ? (
        <FoutSamenvatting
          key={poging}
          titel="Het onderzoek kan nog niet worden afgerond"
          detail={weigering.detail}
          velden={samenvatting}
          overig={weigering.overig}
        />
      ) : null}
      <Keuzegroep<LadderStap>
        id={EIGEN_VELDEN.ladderUitkomst.id}
        legend="Op welke trede van de ladder is de hulpvraag opgelost?"
        beschrijving="De gemeente werkt in deze volgorde: eerst advies en doorverwijzing, dan collectief en preventie, en zo nodig een individuele maatwerkvoorziening."
        keuzes={LADDER.map((l) => ({
          waarde: l,
          label: LADDER_OMSCHRIJVING[l],
          beschrijving: LADDER_UITLEG[l],
        }))}
        waarde={v.ladderUitkomst}
        fout={eigen.ladderUitkomst}
        onChange={(ladderUitkomst) => setV({ ...v, ladderUitkomst })}
      />
      <TekstVeld
        id={EIGEN_VELDEN.samenvatting.id}
        label={EIGEN_VELDEN.samenvatting.label}
        beschrijving="Dit staat in het verslag voor de inwoner: schrijf in gewone taal."
        rijen={4}
        fout={eigen.samenvatting}
        waarde={v.samenvatting}
        onWijzig={(samenvatting) => setV({ ...v, samenvatting })}
      />
      <TekstVeld
        id={EIGEN_VELDEN.advies.id}
        label={EIGEN_VELDEN.advies.label}
        optioneel
        rijen={3}
        fout={eigen.advies}
        waarde={v.advies}
        onWijzig={(advies) => setV({ ...v, advies })}
      />
      <TekstVeld
        id={EIGEN_VELDEN.vervolg.id}
        label={EIGEN_VELDEN.vervolg.label}
        beschrijving="Bijvoorbeeld: u kunt nu een aanvraag doen; of: de buurtvereniging neemt contact met u op."
        rijen={3}
        fout={eigen.vervolg}
        waarde={v.vervolg}
        onWijzig={(vervolg) => setV({ ...v, vervolg })}
      />
      <Alert type="info">
        <Paragraph>
          Na het afronden kunt u de stappen niet meer wijzigen. Het verslag wordt gemaakt en de uitkomst op de
          ladder wordt bij de melding vastgelegd.
        </Paragraph>
      </Alert>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Onderzoek afronden
        </Button>
      </ButtonGroup>
    </form>
  );
}

import { Heading, Paragraph } from '@utrecht/component-library-react';
import { gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

/** /verwerkingsregister: the register of processing activities (AVG art. 30), from the code. */
export function RegisterPagina() {
  usePaginaTitel('Verwerkingsregister');
  const r = useLaden(() => gegevens(http.GET('/verwerkingsregister')), []);
  if (r.fout?.status === 403) return <GeenToegang detail={r.fout.detail} />;
  return (
    <>
      <Heading level={1}>Verwerkingsregister</Heading>
      <Paragraph>
        Het register van verwerkingen (AVG artikel 30), bijgehouden bij de code: een test faalt als een module
        gegevens verwerkt die hier niet staan. De functionaris gegevensbescherming bevestigt de grondslagen.
      </Paragraph>
      <ExportLinks pad="/verwerkingsregister" naam="het verwerkingsregister" />
      {r.fout ? <ApiFoutMelding fout={r.fout} /> : null}
      {r.laden ? <Laden /> : null}
      {r.data?.map((v) => (
        <section key={v.id} aria-labelledby={`verwerking-${v.id}`}>
          <Heading level={2} id={`verwerking-${v.id}`}>
            {v.naam}
          </Heading>
          <dl className="ot-gegevens">
            <dt>Doel</dt>
            <dd>{v.doel}</dd>
            <dt>Grondslagen</dt>
            <dd>{v.grondslagen.join('; ')}</dd>
            <dt>Betrokkenen</dt>
            <dd>{v.categorieenBetrokkenen.join('; ')}</dd>
            <dt>Gegevens</dt>
            <dd>{v.categorieenGegevens.map((c) => c.omschrijving).join('; ')}</dd>
            <dt>Ontvangers</dt>
            <dd>{v.ontvangers.join('; ')}</dd>
            <dt>Bewaartermijn</dt>
            <dd>{v.bewaartermijn}</dd>
          </dl>
        </section>
      ))}
    </>
  );
}

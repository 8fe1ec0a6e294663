import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router-dom';
import type { Vraag } from '../api/antwoorden.ts';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { type AuditFilter, AuditFilters } from './AuditFilters.tsx';
import { AuditTabel } from './AuditTabel.tsx';
import { KetenControle } from './KetenControle.tsx';

const PAGINA_GROOTTE = 50;

/**
 * The audit trail for the privacy officer. Filters and page live in the URL (back button,
 * bookmarks); paging is keyset: `voor` is the `volgende` of the previous page.
 */
export function AuditPagina() {
  usePaginaTitel('Audittrail');
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    actie: params.get('actie') ?? '',
    resultaat: params.get('resultaat') ?? '',
    objectType: params.get('objectType') ?? '',
  };
  const voor = params.get('voor') ?? '';
  const sleutel = params.toString();
  const pagina = useLaden(
    () =>
      gegevens(
        http.GET('/audit-logregels', {
          params: {
            // The filter as it stands in the address bar; the server names what is wrong.
            query: zoalsIngevuld<Vraag<'/audit-logregels'>>({ ...filter, voor, pageSize: PAGINA_GROOTTE }),
          },
        }),
      ),
    [sleutel],
  );

  if (pagina.fout?.status === 403) return <GeenToegang detail={pagina.fout.detail} />;

  function zet(f: AuditFilter, nieuwVoor?: number) {
    const p: Record<string, string> = {};
    for (const [k, v] of Object.entries(f)) if (v) p[k] = v;
    if (nieuwVoor) p.voor = String(nieuwVoor);
    setParams(p);
  }

  const volgende = pagina.data?.volgende ?? null;
  return (
    <>
      <Heading level={1}>Audittrail</Heading>
      <Paragraph>
        Wie heeft wanneer welke gegevens ingezien of gewijzigd, nieuwste eerst. Elke raadpleging van deze
        pagina wordt zelf ook vastgelegd.
      </Paragraph>
      <KetenControle />

      <Heading level={2}>Auditregels</Heading>
      <AuditFilters filter={filter} toepassen={(f) => zet(f)} />
      {pagina.fout ? <ApiFoutMelding fout={pagina.fout} kopNiveau={3} /> : null}
      {pagina.laden ? <Laden /> : null}
      {/* The previous page stays until the next one is there, so the buttons keep their focus. */}
      {pagina.data ? (
        <>
          <AuditTabel
            regels={pagina.data.regels}
            bijschrift={`Auditregels${voor ? ' (vervolgpagina)' : ''}: ${pagina.data.regels.length} getoond`}
          />
          <ButtonGroup>
            {voor ? (
              <Button appearance="secondary-action-button" onClick={() => zet(filter)}>
                Eerste pagina
              </Button>
            ) : null}
            {volgende !== null ? (
              <Button appearance="secondary-action-button" onClick={() => zet(filter, volgende)}>
                Volgende pagina
              </Button>
            ) : null}
          </ButtonGroup>
          <ExportLinks pad="/audit-logregels" query={{ ...filter }} naam="de auditregels" />
        </>
      ) : null}
    </>
  );
}

import { ASPECT_STATUS_TEKST } from './labels.ts';
import type { AspectStatus } from './types.ts';

const VORM: Record<AspectStatus, string> = { 'op-koers': '●', 'behoeft-aandacht': '▲', 'actie-vereist': '■' };

/** A status as shape plus words next to its colour: never colour alone (WCAG 1.4.1). */
export function StatusLabel({ status }: { status: AspectStatus | null }) {
  if (!status) return <span className="ot-pj-geen-status">Geen status</span>;
  return (
    <span className={`ot-pj-status ot-pj-status--${status}`}>
      <span aria-hidden="true" className="ot-pj-status__vorm">
        {VORM[status]}
      </span>
      {ASPECT_STATUS_TEKST[status]}
    </span>
  );
}

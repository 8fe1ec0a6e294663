import type { Termijnen, Termijnstatus } from '../api/types.ts';
import { aantal } from '../ui/format.ts';
import { TERMIJNSTATUS_NAMEN } from './labels.ts';

/** The traffic light: a coloured label with the status in words, never the colour alone (WCAG 1.4.1). */
export function Stoplicht({ status }: { status: Termijnstatus }) {
  return <span className={`ot-stoplicht ot-stoplicht--${status}`}>{TERMIJNSTATUS_NAMEN[status]}</span>;
}

/** "Nog 41 dagen (29 werkdagen)", "Vandaag laatste dag", "3 dagen te laat"; null without a deadline. */
export function tijdOverTekst(t: Termijnen): string | null {
  if (t.dagenOver === null) return null;
  if (t.dagenOver < 0) return `${aantal(-t.dagenOver, 'dag', 'dagen')} te laat`;
  if (t.dagenOver === 0) return 'Vandaag is de laatste dag';
  const werkdagen = t.werkdagenOver === null ? '' : ` (${aantal(t.werkdagenOver, 'werkdag', 'werkdagen')})`;
  return `Nog ${aantal(t.dagenOver, 'dag', 'dagen')}${werkdagen}`;
}

/** Traffic light plus time left, for tables and the melding page. */
export function TijdOver({ termijnen }: { termijnen: Termijnen }) {
  const tekst = tijdOverTekst(termijnen);
  if (!termijnen.status || !tekst) return <span>Geen termijn</span>;
  return (
    <span className="ot-tijd-over">
      <Stoplicht status={termijnen.status} /> <span>{tekst}</span>
    </span>
  );
}

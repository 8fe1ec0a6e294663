import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface RegioTabelProps {
  titel: string;
  koppen: readonly string[];
  /** Each row: the first cell is the row header. */
  rijen: ReadonlyArray<readonly ReactNode[]>;
  /** Column indexes (after the row header = 1) that hold numbers: right-aligned. */
  getallen?: readonly number[];
  leeg?: string;
  /** Key per row (e.g. an id), so React keeps rows apart when the list changes. */
  sleutels?: readonly string[];
  voet?: readonly ReactNode[];
}

/** A captioned table with a row header per row, in a keyboard-scrollable region. */
export function RegioTabel({
  titel,
  koppen,
  rijen,
  getallen = [],
  leeg = 'Geen gegevens.',
  sleutels,
  voet,
}: RegioTabelProps) {
  if (rijen.length === 0)
    return (
      <Paragraph>
        {titel}: {leeg}
      </Paragraph>
    );
  const cel = (c: ReactNode, j: number) => (
    <TableCell key={j} className={getallen.includes(j + 1) ? 'ot-getal' : undefined}>
      {c}
    </TableCell>
  );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={titel}>
      <Table>
        <TableCaption>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            {koppen.map((k) => (
              <TableHeaderCell key={k} scope="col">
                {k}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r, i) => (
            <TableRow key={sleutels?.[i] ?? i}>
              <TableHeaderCell scope="row">{r[0]}</TableHeaderCell>
              {r.slice(1).map(cel)}
            </TableRow>
          ))}
          {voet ? (
            <TableRow>
              <TableHeaderCell scope="row">{voet[0]}</TableHeaderCell>
              {voet.slice(1).map(cel)}
            </TableRow>
          ) : null}
        </TableBody>
      </Table>
    </section>
  );
}

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

export interface EenvoudigeTabelProps {
  titel: string;
  koppen: readonly string[];
  /** Each row: the first cell is the row header. */
  rijen: ReadonlyArray<readonly ReactNode[]>;
  leeg?: string;
}

/** A small captioned table with a row header per row, in a keyboard-scrollable region. */
export function EenvoudigeTabel({ titel, koppen, rijen, leeg = 'Geen gegevens.' }: EenvoudigeTabelProps) {
  if (rijen.length === 0)
    return (
      <Paragraph>
        {titel}: {leeg}
      </Paragraph>
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
            // biome-ignore lint/suspicious/noArrayIndexKey: static rows of an aggregate table.
            <TableRow key={i}>
              <TableHeaderCell scope="row">{r[0]}</TableHeaderCell>
              {r.slice(1).map((c, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed column order.
                <TableCell key={j}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

import {
  Alert,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { InvalidParam } from '../api/client.ts';
import { naarVeld } from './naarVeld.ts';

export interface FoutSamenvattingProps {
  titel: string;
  detail?: string;
  /** Field errors in form order: id of the input, label, reason. */
  velden: Array<{ id: string; label: string; reden: string }>;
  overig?: InvalidParam[];
}

/**
 * The list of errors at the top of a form, focused when it appears so that keyboard and screen
 * reader users learn at once what to fix; each entry jumps to its field.
 */
export function FoutSamenvatting({ titel, detail, velden, overig = [] }: FoutSamenvattingProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="error">
        <Heading level={2} id="fout-samenvatting-titel">
          {titel}
        </Heading>
        {detail ? <Paragraph>{detail}</Paragraph> : null}
        {velden.length + overig.length > 0 ? (
          <UnorderedList>
            {velden.map((v) => (
              <UnorderedListItem key={v.id}>
                <a
                  className="utrecht-link"
                  href={`#${v.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    naarVeld(v.id);
                  }}
                >
                  {v.label}: {v.reden}
                </a>
              </UnorderedListItem>
            ))}
            {overig.map((p) => (
              <UnorderedListItem key={`${p.name}-${p.code}`}>{p.reason}</UnorderedListItem>
            ))}
          </UnorderedList>
        ) : null}
      </Alert>
    </div>
  );
}

import {
  Link,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode } from 'react';
import { APP_NAAM } from '../ui/usePaginaTitel.ts';

export const MAIN_ID = 'inhoud';

/** Moves focus to the main content; preventDefault keeps the URL free of "#inhoud". */
function naarInhoud(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView();
}

export interface SchilProps {
  /** Right side of the header: who is logged in, logout. */
  gebruiker?: ReactNode;
  navigatie?: ReactNode;
  /** The gemeente's name and logo (ADR 0032); without it only the product name. */
  huisstijl?: { naam: string; logo: string | null } | null;
  children: ReactNode;
}

/**
 * The page landmarks every screen shares: skip link, header (banner), navigation, main and
 * footer (contentinfo).
 */
export function Schil({ gebruiker, navigatie, huisstijl, children }: SchilProps) {
  return (
    <div className="ot-pagina utrecht-document">
      <SkipLink href={`#${MAIN_ID}`} onClick={naarInhoud}>
        Naar de inhoud
      </SkipLink>
      <PageHeader className="ot-kop">
        <div className="ot-kop__inhoud">
          {huisstijl ? (
            <p className="ot-kop__naam ot-kop__gemeente">
              {/* The name is written next to the logo, so the image itself is decorative. */}
              {huisstijl.logo ? <img src={huisstijl.logo} alt="" className="ot-kop__logo" /> : null}
              <span>{huisstijl.naam}</span>
              <span className="ot-kop__product">{APP_NAAM}</span>
            </p>
          ) : (
            <p className="ot-kop__naam">{APP_NAAM}</p>
          )}
          {gebruiker}
        </div>
      </PageHeader>
      {navigatie}
      <PageContent className="ot-inhoud">
        <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-content__main ot-main">
          {children}
        </main>
      </PageContent>
      <PageFooter className="ot-voet">
        <Paragraph>
          {APP_NAAM} — open-source platform voor de toegang tot het sociaal domein (Wmo 2015). Licentie
          EUPL-1.2.
        </Paragraph>
        <Paragraph>
          <Link href="/toegankelijkheid">Toegankelijkheidsverklaring</Link>
        </Paragraph>
      </PageFooter>
    </div>
  );
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * WCAG 2.2 level A and AA (issue 15): beyond the 2.1 the Besluit digitale toegankelijkheid requires
 * today, since EN 301 549 follows 2.2.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with a readable list of every violation. */
export async function verwachtToegankelijk(page: Page, wat: string): Promise<void> {
  const resultaat = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  if (resultaat.violations.length === 0) return;
  const regels = resultaat.violations.flatMap((v) => [
    `- ${v.id} (${v.impact ?? 'onbekend'}): ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes
      .slice(0, 5)
      .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replaceAll('\n', ' ') ?? ''}`),
  ]);
  throw new Error(
    `Toegankelijkheidsfouten op ${wat} (${page.url()}), ${resultaat.violations.length} regels geschonden:\n${regels.join('\n')}`,
  );
}

/**
 * The rule checker iwmo-3.2-regels-TR-CD-CS.xsl, derived for large messages (ADR 0037). The official
 * stylesheet looks for duplicates by walking every preceding (and following) sibling: TR315 and TR316
 * compare each ProductReferentie of a WMO323 with every earlier one, TR101 each Client with every other
 * Client (WMO323 and WMO325). That is quadratic: 1,000 prestaties take 2 s, 4,000 take 50 s, 10,000
 * run past any time limit. This pure function rewrites exactly those XPath expressions into an
 * `xsl:key` lookup of the same nodes, kept in document order with EXSLT `set:leading`/`set:trailing`
 * (libxslt's xsltproc provides EXSLT). Everything else — the rules, their texts, the report — is the
 * official file, byte for byte.
 *
 * Why the sets are equal: in a message that passes the XSD there is exactly one Declaratie (or
 * DeclaratieAntwoord) with one Clienten; every Prestatie sits in Client/Prestaties. Then "a
 * VorigReferentieNummer of a preceding-sibling Prestatie, or of a Prestatie of a preceding-sibling
 * Client" is "a VorigReferentieNummer before this ProductReferentie in document order", and the
 * preceding/following sibling Clients are the Clients before/after this one. `key(…)|.` with
 * `set:leading(…, .)` gives those nodes, in document order as before, so the report (Fouten, their
 * order, their Locaties) is the same. A corpus test (regelcontrole-afgeleid.test.ts) runs both
 * stylesheets on valid and invalid messages and compares the output byte for byte.
 *
 * A second rewrite, `verdeelControles`, applies to each element only the rule modes that can match it.
 *
 * Each rewrite must match the expected number of times; another version of the official file makes
 * `leidRegelcontroleAf` throw instead of silently checking less.
 */

import { verdeelControles } from './regelcontrole-verdeling.ts';

/** The version of the official file these rewrites were written for (its XSLTVersie). */
export const AFGELEID_VAN_VERSIE = '2.10.5';

const N6_VORIG_VOOR = (v: string) =>
  `ancestor-or-self::n6:Prestatie/preceding-sibling::n6:Prestatie/n6:ProductReferentie/n2:VorigReferentieNummer[text()=${v}]|ancestor-or-self::n6:Client/preceding-sibling::n6:Client/n6:Prestaties/n6:Prestatie/n6:ProductReferentie/n2:VorigReferentieNummer[text()=${v}]`;
const N6_REFERENTIE_VOOR = (v: string) =>
  `ancestor-or-self::n6:Prestatie/preceding-sibling::n6:Prestatie/n6:ProductReferentie/n2:ReferentieNummer[text()=${v}]|ancestor-or-self::n6:Client/preceding-sibling::n6:Client/n6:Prestaties/n6:Prestatie/n6:ProductReferentie/n2:ReferentieNummer[text()=${v}]`;
const CLIENT = (ns: 'n6' | 'n7', richting: 'following' | 'preceding') =>
  `${richting}-sibling::${ns}:Client[*[local-name()='Bsn']/text()=$v2]`;

/** [official expression, its replacement, how often it occurs in the official file]. */
const HERSCHRIJVINGEN: ReadonlyArray<readonly [string, string, number]> = [
  // TR315 and TR316: VorigReferentieNummer of an earlier Prestatie equal to $v1 (context: ProductReferentie).
  [N6_VORIG_VOOR('$v1'), "set:leading(key('ot-n6-vorig',$v1)|.,.)", 2],
  // TR316: ReferentieNummer of an earlier Prestatie equal to $v2 (this one's VorigReferentieNummer).
  [N6_REFERENTIE_VOOR('$v2'), "set:leading(key('ot-n6-referentie',$v2)|.,.)", 1],
  // TR101 on Client (WMO323, WMO325): another Client with the same Bsn, after/before this one.
  [CLIENT('n6', 'following'), "set:trailing(key('ot-n6-client',$v2)|.,.)", 1],
  [CLIENT('n6', 'preceding'), "set:leading(key('ot-n6-client',$v2)|.,.)", 1],
  [CLIENT('n7', 'following'), "set:trailing(key('ot-n7-client',$v2)|.,.)", 1],
  [CLIENT('n7', 'preceding'), "set:leading(key('ot-n7-client',$v2)|.,.)", 1],
];

/** The keys the replacements use: the same nodes the official paths select, indexed by the compared text. */
const SLEUTELS = [
  '<key name="ot-n6-vorig" match="n6:Prestatie/n6:ProductReferentie/n2:VorigReferentieNummer" use="text()"/>',
  '<key name="ot-n6-referentie" match="n6:Prestatie/n6:ProductReferentie/n2:ReferentieNummer" use="text()"/>',
  `<key name="ot-n6-client" match="n6:Client" use="*[local-name()='Bsn']/text()"/>`,
  `<key name="ot-n7-client" match="n7:Client" use="*[local-name()='Bsn']/text()"/>`,
].join('');

function telVoorkomens(tekst: string, zoek: string): number {
  let n = 0;
  for (let i = tekst.indexOf(zoek); i !== -1; i = tekst.indexOf(zoek, i + zoek.length)) n++;
  return n;
}

/** The derived stylesheet; throws when `officieel` is not the file the rewrites were made for. */
export function leidRegelcontroleAf(officieel: string): string {
  if (!officieel.includes(`<n9:XSLTVersie>${AFGELEID_VAN_VERSIE}</n9:XSLTVersie>`)) {
    throw new Error(`regelcontrole: afleiding geschreven voor XSLTVersie ${AFGELEID_VAN_VERSIE}`);
  }
  let xsl = officieel;
  for (const [oud, nieuw, aantal] of HERSCHRIJVINGEN) {
    const gevonden = telVoorkomens(xsl, oud);
    if (gevonden !== aantal) {
      throw new Error(`regelcontrole: ${aantal}× verwacht, ${gevonden}× gevonden: ${oud.slice(0, 80)}…`);
    }
    xsl = xsl.split(oud).join(nieuw);
  }
  const kop = '<stylesheet xmlns="http://www.w3.org/1999/XSL/Transform"';
  const uitsluiten = 'exclude-result-prefixes="';
  const output = '<output encoding="UTF-8"';
  if (
    telVoorkomens(xsl, kop) !== 1 ||
    telVoorkomens(xsl, uitsluiten) !== 1 ||
    telVoorkomens(xsl, output) !== 1
  ) {
    throw new Error('regelcontrole: kop van het stylesheet niet herkend');
  }
  return verdeelControles(xsl)
    .replace(kop, `${kop} xmlns:set="http://exslt.org/sets"`)
    .replace(uitsluiten, `${uitsluiten}set `)
    .replace(output, `${SLEUTELS}${output}`);
}

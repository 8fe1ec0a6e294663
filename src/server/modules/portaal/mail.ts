import nodemailer from 'nodemailer';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { SmtpConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/types.ts';
import type { Taak } from '../../platform/jobs/jobs.ts';
import { DOEL_PORTAAL } from './doel.ts';
import { type MailKlaar, mailRepo } from './repo-mail.ts';

/** After this many failed attempts a notification is given up (status `mislukt`, about half an hour). */
export const MAX_POGINGEN = 6;
const PER_RONDE = 50;

const SUBJECT = {
  gebruikerId: null,
  gebruikersnaam: 'taak:portaal-mail',
  rol: null,
  organisatieId: null,
  soort: null,
  herkomst: { ip: '-', sessie: null, verzoekId: 'taak:portaal-mail' },
};

export interface Verzender {
  verstuur(bericht: { to: string; from: string; subject: string; text: string }): Promise<unknown>;
}

export function smtpVerzender(c: SmtpConfig): Verzender {
  const transport = nodemailer.createTransport({
    host: c.host,
    port: c.port,
    secure: c.tls === 'direct',
    requireTLS: c.tls === 'starttls',
    ignoreTLS: c.tls === 'uit',
    ...(c.auth ? { auth: c.auth } : {}),
    // The transport never logs: its debug output would contain the addresses.
    logger: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return { verstuur: (b) => transport.sendMail(b) };
}

/**
 * The whole e-mail, always the same: no name, no subject of the case, no text of the message (issue
 * 17: "u heeft een bericht", never content). Whoever reads the mailbox learns only that the
 * gemeente has news in the portal.
 */
export function mailTekst(gemeenteNaam: string, publicUrl: string): { subject: string; text: string } {
  const mijn = `Mijn ${gemeenteNaam}`;
  return {
    subject: `U heeft een nieuw bericht in ${mijn}`,
    text: [
      'Beste inwoner,',
      '',
      `U heeft een nieuw bericht in ${mijn}. Log in om het te lezen:`,
      `${publicUrl.replace(/\/$/, '')}/mijn`,
      '',
      'Dit is een automatisch bericht. U kunt er niet op antwoorden.',
      `Wilt u deze e-mail niet meer krijgen? Zet het uit bij "Mijn gegevens" in ${mijn}.`,
    ].join('\n'),
  };
}

/** The SMTP reply code or error class only: an error message may quote the address. */
function foutcode(err: unknown): string {
  const e = err as { responseCode?: number; code?: string };
  return e.responseCode ? `smtp ${e.responseCode}` : (e.code ?? 'onbekend').slice(0, 40);
}

export interface MailRonde {
  verstuurd: number;
  vervallen: number;
  mislukt: number;
}

/**
 * One run of the job: new letters into the outbox, then each due notification sent and recorded
 * with an audit row (the address is personal data: it was used to send, NEN 7513). Sending happens
 * outside a transaction; the lease of `claim` keeps two runs apart.
 */
export async function verstuurPortaalMail(
  db: Database,
  verzender: Verzender,
  opts: { from: string; publicUrl: string },
): Promise<MailRonde> {
  const uit: MailRonde = { verstuurd: 0, vervallen: 0, mislukt: 0 };
  const klaar = await db.systemTransaction(async (tx) => {
    await mailRepo.zetNieuweBrievenKlaar(tx);
    return mailRepo.claim(tx, PER_RONDE);
  });
  for (const m of klaar) {
    const reden = !m.wil_mail ? 'niet gewenst' : !m.email ? 'geen e-mailadres' : null;
    if (reden) {
      await db.systemTransaction((tx) => mailRepo.vervallen(tx, m.id, reden));
      uit.vervallen++;
      continue;
    }
    try {
      await verzender.verstuur({
        to: m.email!,
        from: opts.from,
        ...mailTekst(m.gemeente_naam, opts.publicUrl),
      });
      await db.systemTransaction(async (tx) => {
        await mailRepo.verstuurd(tx, m.id);
        await auditMail(tx, m, 'toegestaan');
      });
      uit.verstuurd++;
    } catch (err) {
      const opgeven = m.pogingen + 1 >= MAX_POGINGEN;
      await db.systemTransaction(async (tx) => {
        await mailRepo.mislukt(tx, m.id, foutcode(err), opgeven);
        if (opgeven) await auditMail(tx, m, 'mislukt');
      });
      uit.mislukt++;
    }
  }
  return uit;
}

function auditMail(tx: Parameters<typeof writeAudit>[0], m: MailKlaar, resultaat: 'toegestaan' | 'mislukt') {
  return writeAudit(tx, { ...SUBJECT, gemeenteCode: m.gemeente_code }, [
    {
      actie: 'export',
      objectType: 'persoon',
      objectId: m.persoon_id,
      doel: DOEL_PORTAAL,
      gemeenteCode: m.gemeente_code,
      resultaat,
      toelichting: 'e-mail "nieuw bericht" aan het e-mailadres van de persoon',
    },
  ]);
}

/** Every minute, only when SMTP is configured (without it, nothing is queued either). */
export function mailTaak(
  db: Database,
  smtp: SmtpConfig,
  publicUrl: string,
  waarschuw: (r: MailRonde, melding: string) => void,
): Taak {
  const verzender = smtpVerzender(smtp);
  return {
    queue: 'portaal-mail',
    cron: '* * * * *',
    handler: async () => {
      const r = await verstuurPortaalMail(db, verzender, { from: smtp.from, publicUrl });
      // Counts only: never an address.
      if (r.mislukt) waarschuw(r, 'portaal-mail: versturen deels mislukt, volgt opnieuw');
    },
  };
}

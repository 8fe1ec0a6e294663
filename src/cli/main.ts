/**
 * Open Toegang command line (`npm run cli -- <opdracht>`). Help texts are in Dutch, like the UI.
 * Commands that change data open the database directly; when the embedded database is in use
 * by a running server they say so, and `--server <url>` (or OPEN_TOEGANG_URL) sends the command
 * through that server's API instead.
 */
import { parseArgs } from 'node:util';
import { DataDirInUseError } from '../server/platform/db/lock.ts';
import { runAuditVerify } from './commands/audit.ts';
import { runDemoData } from './commands/demo-data.ts';
import { runDemoTotp } from './commands/demo-totp.ts';
import { runImportBeschikkingen } from './commands/import.ts';
import { runIwmoOntvang } from './commands/iwmo.ts';
import { runMigrate } from './commands/migrate.ts';
import { runProjectenImport } from './commands/projecten.ts';
import { runUsersCreate } from './commands/users.ts';

const HELP = `Open Toegang — opdrachtregel

Gebruik: npm run cli -- <opdracht> [opties]

Opdrachten:
  migrate                     Past openstaande databasemigraties toe.
  demo-data                   Laadt de demo-organisatie en demo-accounts in een lege database.
      --profiel deventer-2019   genereer daarbij synthetische zaken (docs/demo-data.md): cliënten,
                                meldingen, onderzoeken, beschikkingen en toewijzingen 2015–nu
      --schaal <n>              1 = Deventer (kerncijfers 2019 exact); 100 = landelijke omvang
      --seed <s>                zelfde seed (en datum) geeft dezelfde gegevens (standaard 2019)
  import beschikkingen <bestand.csv>
                              Importeert historische beschikkingen (docs/import.md); idempotent.
      --gemeente <cbs-code>     (verplicht) de gemeente
      --skip-invalid            importeer de geldige regels, sla ongeldige over
                                (anders weigert één ongeldige regel het hele bestand)
  audit verify                Controleert de hash-keten van het audittrail; exitcode 1 bij een breuk.
  users create                Maakt een medewerker met account aan.
      --gebruikersnaam <naam>   (verplicht) inlognaam, kleine letters
      --naam <naam>             (verplicht) volledige naam
      --rol <rol>               (verplicht, herhaalbaar) kcc, toegangsmedewerker, backoffice,
                                teamleider, beleid, beheer, auditor, partner,
                                projectleider, opdrachtgever
      --gemeente <cbs-code>     gemeente (standaard 0150)
      --team <teamnaam>         team waar de medewerker in werkt
                                Het wachtwoord wordt gevraagd (zonder echo) of is de eerste regel
                                van stdin, nooit een argument. Met --server krijgt de gebruiker een
                                eenmalige activatiecode en kiest zelf een wachtwoord.
  iwmo ontvang <bestand.xml>...
                              Leest iWmo-berichten van aanbieders in (WMO305, WMO307, WMO315, WMO317),
                              elk bestand apart; per bestand aanvaard of geweigerd met de foutcodes
                              van de standaard. Exitcode 1 als er een is geweigerd.
      --gemeente <cbs-code>     (verplicht) de gemeente die de berichten ontvangt
      --als <gebruikersnaam>    backoffice-account waaronder het inlezen in het audittrail komt
                                (zonder --server: standaard 'cli')
  projecten import <bestand>  Leest een bestaande rapportage grote projecten (tekst: één veld per regel of
                              een tabel met |) in als concept, of een varianttabel als variantvergelijking.
      --gemeente <cbs-code>     gemeente (standaard 0150)
      --project <id>            bij een varianttabel: het project waar de vergelijking bij hoort
  demo-totp <gebruikersnaam>  De code van de tweede factor voor een demo-account (MFA=verplicht).
  help                        Toont deze tekst.

Algemene opties:
  --server <url>              Stuur de opdracht via de API van een draaiende server
                              (ook: OPEN_TOEGANG_URL). Inloggen met --als <gebruikersnaam> en
                              het wachtwoord in OPEN_TOEGANG_PASSWORD.

Omgeving: DATABASE_URL (PostgreSQL-server) of OPEN_TOEGANG_DATA_DIR (ingebedde database, standaard ./data).
`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      server: { type: 'string' },
      als: { type: 'string' },
      gebruikersnaam: { type: 'string' },
      naam: { type: 'string' },
      rol: { type: 'string', multiple: true },
      gemeente: { type: 'string' },
      team: { type: 'string' },
      wachtwoord: { type: 'string' },
      project: { type: 'string' },
      'skip-invalid': { type: 'boolean' },
      profiel: { type: 'string' },
      schaal: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const server = values.server ?? process.env.OPEN_TOEGANG_URL ?? null;
  const [cmd, sub, arg] = positionals;
  if (values.help || !cmd || cmd === 'help') {
    console.log(HELP);
    return 0;
  }
  switch (`${cmd}${sub ? ` ${sub}` : ''}`) {
    case 'migrate':
      return runMigrate(server);
    case 'demo-data':
      return runDemoData(server, values);
    case 'import beschikkingen':
      return runImportBeschikkingen(server, arg, values);
    case 'audit verify':
      return runAuditVerify(server, values.als ?? null);
    case 'users create':
      return runUsersCreate(server, values);
    case 'demo-totp':
    case `demo-totp ${sub}`:
      return runDemoTotp(sub);
    case 'iwmo ontvang':
      return runIwmoOntvang(server, {
        bestanden: positionals.slice(2),
        gemeente: values.gemeente,
        als: values.als,
      });
    case 'projecten import':
      return runProjectenImport(server, arg, values);
    default:
      console.error(`Onbekende opdracht: ${positionals.join(' ')}\n`);
      console.error(HELP);
      return 64;
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof DataDirInUseError) {
      console.error(err.message);
      process.exit(3);
    }
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });

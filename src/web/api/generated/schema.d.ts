/**
 * GEGENEREERD BESTAND — niet met de hand wijzigen.
 * Gemaakt door `npm run gen:api` (scripts/gen-api.ts) uit GET /api/v1/openapi.json met openapi-typescript.
 * Een test (scripts/gen-api.test.ts) faalt zolang dit bestand niet actueel is. Zie ADR 0019.
 */

export interface paths {
    "/aanvragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aanvragen op volgorde van de beschikkingstermijn (werkvoorraad van de backoffice). */
        get: operations["listAanvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAanvraag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}/beschikkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stelt een conceptbeschikking op: per aangevraagde voorziening een toekenning of afwijzing met motivering. */
        post: operations["postBeschikking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Account activeren met de eenmalige code: de gebruiker kiest zelf een wachtwoord. */
        post: operations["postActivatie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-logregels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het audittrail van uw gemeenten, nieuwste eerst (keyset-paginering met `voor`). */
        get: operations["listAuditLogregels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-personen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zoekt een persoon op BSN of achternaam om na te gaan wie zijn gegevens heeft gezien (het zoeken zelf komt in het audittrail). */
        get: operations["listAuditPersonen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-verificaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Controleert de hash-keten van het audittrail en vergelijkt hem met het laatste ankerpunt buiten de database. */
        post: operations["postAuditVerificatie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beschikkingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBeschikking"];
        /** Wijzigt een concept. */
        put: operations["putBeschikking"];
        post?: never;
        /** Verwijdert een concept; een vastgestelde beschikking blijft bewaard. */
        delete: operations["deleteBeschikking"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beschikkingen/{id}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBeschikkingBrief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beschikkingen/{id}/intrekkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stelt een intrekking op (Wmo 2.3.10): een nieuwe beschikking die de voorzieningen per een datum beëindigt; vaststellen met vier ogen. */
        post: operations["postBeschikkingIntrekking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beschikkingen/{id}/vaststelling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vier ogen: een andere backofficemedewerker stelt vast; brief, bezwaartermijn en toewijzingen (WMO301) volgen. */
        post: operations["postBeschikkingVaststelling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beschikkingen/{id}/wijzigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stelt een wijziging op (Wmo 2.3.10): een nieuwe beschikking met andere omvang, product of periode per een datum; de oude voorzieningen eindigen de dag ervoor. Vaststellen met vier ogen. */
        post: operations["postBeschikkingWijziging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgetten/{gemeente}/{jaar}/{categorie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Zet de begroting van een productcategorie voor een jaar (euro, niet negatief). */
        put: operations["putBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declaratieregels/{id}/afhandeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["putDeclaratieregelAfhandeling"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declaraties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ontvangen declaraties (WMO323), nieuwste eerst, met de afgewezen prestaties en hun retourcodes. */
        get: operations["listDeclaraties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declaraties/goedgekeurd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goedgekeurde bedragen per aanbieder (voor de financiële administratie); ?formaat=csv. */
        get: operations["listDeclaratiesGoedgekeurd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gebruikers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listGebruikers"];
        put?: never;
        /** Account voor een medewerker: lokaal met een eenmalige activatiecode (de gebruiker kiest zelf het wachtwoord), of via OIDC. */
        post: operations["postGebruiker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gebruikers/{id}/activatiecodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nieuwe eenmalige activatiecode (wachtwoord vergeten, telefoon kwijt): wist wachtwoord en tweede factor en beëindigt de sessies. */
        post: operations["postActivatiecode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gelijkgestelde-dagen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dagen die bij besluit gelijkgesteld zijn aan een algemeen erkende feestdag (Atw art. 3 lid 3). */
        get: operations["listGelijkgesteldeDagen"];
        put?: never;
        /** Voegt een gelijkgestelde dag toe en herberekent de termijnen van open meldingen. */
        post: operations["postGelijkgesteldeDag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gelijkgestelde-dagen/{datum}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteGelijkgesteldeDag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemeenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listGemeenten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemeenten/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchGemeente"];
        trace?: never;
    };
    "/gemeenten/{code}/normtijden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getNormtijden"];
        /** Legt de normtijden (minuten per activiteit) en de productieve uren per fte van de gemeente vast. */
        put: operations["putNormtijden"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gezondheid: 200 als de database bereikbaar is. */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/herindicaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voorzieningen die in de komende maanden aflopen, om herindicaties op tijd te plannen. */
        get: operations["listHerindicaties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/huishoudens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getHuishouden"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/huishoudens/{id}/contactpersoon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Wijzigt de ene contactpersoon van het huishouden (historie blijft). */
        put: operations["putHuishoudenContactpersoon"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/huishoudens/{id}/leden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voegt een persoon toe; zijn lidmaatschap van een ander huishouden eindigt vandaag (historie blijft). */
        post: operations["postHuishoudenLid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/huishoudens/{id}/meldingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De meldingen van een huishouden, nieuwste eerst, met het lid voor wie ze zijn. */
        get: operations["listMeldingenVanHuishouden"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/huishoudens/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/huishoudens/{id}/plan/doelen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postPlanDoel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De laatste 100 importen van uw gemeenten, met aantallen. */
        get: operations["listImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/beschikkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importeert historische beschikkingen uit een CSV-bestand (text/csv, docs/import.md). Idempotent. Bij ongeldige regels: 400 met per regel een invalidParam en het importrapport in "rapport", tenzij skipInvalid=true. */
        post: operations["postImportBeschikkingen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iwmo-berichten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listIwmoBerichten"];
        put?: never;
        /** Ontvangt een WMO305, WMO307, WMO315, WMO317 of WMO323 (declaratie, beantwoord met een WMO325) van een aanbieder (application/xml); afgekeurd met de foutcodes van de standaard. */
        post: operations["postIwmoBericht"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iwmo-berichten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getIwmoBericht"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iwmo-verzoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verzoeken om toewijzing (WMO315) en om wijziging (WMO317) van aanbieders, oudste eerst. */
        get: operations["listIwmoVerzoeken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iwmo-verzoeken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getIwmoVerzoek"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iwmo-verzoeken/{id}/afwijzing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Wijst het verzoek af met een reden (WMO319, verzoekantwoord 1, WJ759). */
        post: operations["postIwmoVerzoekAfwijzing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iwmo-verzoeken/{id}/in-onderzoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Antwoordt de aanbieder dat de aanvraag in onderzoek is (WMO319, verzoekantwoord 2). */
        post: operations["postIwmoVerzoekInOnderzoek"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iwmo-verzoeken/{id}/toewijzing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Wijst het verzoek toe met vastgestelde voorzieningen: een WMO301 waarin hun toewijzingen de referentie van de aanbieder dragen. */
        post: operations["postIwmoVerzoekToewijzing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leefgebieden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listLeefgebieden"];
        put: operations["putLeefgebieden"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listLocaties"];
        put?: never;
        post: operations["postLocatie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locaties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchLocatie"];
        trace?: never;
    };
    "/medewerkers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMedewerkers"];
        put?: never;
        post: operations["postMedewerker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/medewerkers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMedewerker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchMedewerker"];
        trace?: never;
    };
    "/meldingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registreert een melding, informatievraag of signaal; een melding krijgt termijnen en een ontvangstbevestiging. */
        post: operations["postMelding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMelding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}/aanvragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAanvragenVanMelding"];
        put?: never;
        /** Registreert de aanvraag: alleen na het onderzoek of als de onderzoekstermijn is verstreken (Wmo 2.3.2 lid 9). */
        post: operations["postAanvraag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}/documenten/{documentId}/pogingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Maakt een brief van de melding die nog niet gemaakt is of mislukte (opnieuw); de melding toont de uitkomst. */
        post: operations["postDocumentPoging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}/herverdelingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postMeldingHerverdeling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}/omzettingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Zet een signaal om in een melding zodra de inwoner zelf om ondersteuning vraagt. */
        post: operations["postMeldingOmzetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}/onderzoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getOnderzoekVanMelding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}/ontvangstbevestiging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getOntvangstbevestiging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}/tijdlijn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMeldingTijdlijn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postMeldingTriage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/aflopende-voorzieningen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voorzieningen die per maand aflopen (komende 24 maanden), per categorie en wijk. */
        get: operations["getMonitoringAflopendeVoorzieningen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/conversie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Van melding naar aanvraag naar toekenning, per maand. */
        get: operations["getMonitoringConversie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/doorlooptijden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mediaan en p90 van melding → verslag en aanvraag → beschikking, per maand. */
        get: operations["getMonitoringDoorlooptijden"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/formatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Formatiecalculatie: normtijden × verwachte volumes → benodigde fte per maand, naast de beschikbare fte. */
        get: operations["getMonitoringFormatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/herindicatieprognose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Herindicaties per maand, met een wat-als voor gespreide looptijden van nieuwe beschikkingen. */
        get: operations["getMonitoringHerindicatieprognose"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/instroom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meldingen, signalen en informatievragen per maand, kanaal en wijk. */
        get: operations["getMonitoringInstroom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/kerncijfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kerncijfers per wijk × productcategorie voor een gemeente en jaar: cliënten, geldige en afgegeven beschikkingen, unieke cliënten. */
        get: operations["getKerncijfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/ladder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De transformatie: per periode het aandeel meldingen per trede van de ladder. */
        get: operations["getMonitoringLadder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/team-belasting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open werk per medewerker van het eigen team, naast de fte. */
        get: operations["getTeamBelasting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/team-termijnen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open werk van het eigen team naar termijn (verlopen, binnen 3 werkdagen, binnen 2 weken). */
        get: operations["getTeamTermijnen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/termijnen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aandeel onderzoeken binnen 6 weken en beschikkingen binnen 2 weken, per team en maand. */
        get: operations["getMonitoringTermijnen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/uitgaven": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Begroot, verplicht, gerealiseerd en prognose per productcategorie, per wijk en per aanbieder (euro). */
        get: operations["getUitgaven"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderzoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postOnderzoek"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderzoeken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getOnderzoek"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Bewaart stappen als concept (automatisch opslaan); elke meegestuurde stap vervangt die stap. */
        patch: operations["patchOnderzoek"];
        trace?: never;
    };
    "/onderzoeken/{id}/afronding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rondt het onderzoek af (alle stappen beantwoord), legt de uitkomst op de ladder vast en maakt het verslag. */
        post: operations["postOnderzoekAfronding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderzoeken/{id}/gesprekken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postGesprek"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderzoeken/{id}/reacties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Legt de reactie of correcties van de inwoner op het verslag vast. */
        post: operations["postReactieOpVerslag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderzoeken/{id}/verslag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getVerslag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderzoeken/{id}/verslag-verzendingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postVerslagVerzending"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbare-projecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Openbaar (zonder inloggen): alle projecten met een gepubliceerde rapportage, per aspect de status en de trend. */
        get: operations["listOpenbareProjecten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listOrganisaties"];
        put?: never;
        post: operations["postOrganisatie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisaties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchOrganisatie"];
        trace?: never;
    };
    "/personen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zoeken op BSN (9 cijfers, exact), postcode met huisnummer, of het begin van de achternaam. */
        get: operations["zoekPersonen"];
        put?: never;
        post: operations["postPersoon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/personen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPersoon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchPersoon"];
        trace?: never;
    };
    "/personen/{id}/beschikkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De beschikkingen van een inwoner, nieuwste eerst, met hun voorzieningen. */
        get: operations["listBeschikkingenVanPersoon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/personen/{id}/zrm-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listZrmScores"];
        put?: never;
        post: operations["postZrmScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plan-acties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchPlanActie"];
        trace?: never;
    };
    "/plan-doelen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchPlanDoel"];
        trace?: never;
    };
    "/plan-doelen/{id}/acties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postPlanActie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/postcodegebieden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPostcodegebieden"];
        put?: never;
        post: operations["postPostcodegebied"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/postcodegebieden/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchPostcodegebied"];
        trace?: never;
    };
    "/producten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listProducten"];
        put?: never;
        post: operations["postProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchProduct"];
        trace?: never;
    };
    "/projecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listProjecten"];
        put?: never;
        post: operations["postProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projecten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchProject"];
        trace?: never;
    };
    "/projecten/{id}/budgetregels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vervangt de budgetregels (per jaar, met dekking) van het project door deze lijst. */
        put: operations["putProjectBudgetregels"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projecten/{id}/mijlpalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vervangt de mijlpalen van het project door deze lijst (in deze volgorde). */
        put: operations["putProjectMijlpalen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projecten/{id}/rapportages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle rapportages van het project met al hun velden, de nieuwste eerst. */
        get: operations["listProjectRapportages"];
        put?: never;
        /** Maakt een nieuwe conceptrapportage als kopie van de vorige. */
        post: operations["postProjectRapportage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projecten/{id}/risicos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vervangt het risicoregister van het project door deze lijst. */
        put: operations["putProjectRisicos"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projecten/{id}/variantvergelijkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postVariantvergelijking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projecten/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leest een bestaande rapportage (text/plain: één veld per regel of een tabel met |) in als conceptrapportage, of een varianttabel als variantvergelijking; met een verslag van wat niet kon worden geplaatst. */
        post: operations["postProjectImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRapportage"];
        /** Wijzigt een conceptrapportage; elke wijziging komt in de geschiedenis. */
        put: operations["putRapportage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/{id}/indiening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Biedt het concept ter review aan de opdrachtgever aan. */
        post: operations["postRapportageIndiening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/{id}/pagina": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De pagina zoals die gepubliceerd is of wordt (voorbeeld zolang niet gepubliceerd). */
        get: operations["getRapportagePagina"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/{id}/publicatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publiceert een vastgestelde rapportage: een statische pagina en een PDF, gebouwd uit de export. */
        post: operations["postRapportagePublicatie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/{id}/terugzending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stuurt een rapportage ter review terug naar concept. */
        post: operations["postRapportageTerugzending"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/{id}/vaststelling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stelt de rapportage vast; rapportage en registers worden bevroren (de export). */
        post: operations["postRapportageVaststelling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/{id}/wijzigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De geschiedenis: wie wanneer wat heeft gewijzigd, de nieuwste eerst. */
        get: operations["listRapportageWijzigingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rolwijzigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle wijzigingen van rollen, nieuwste eerst; ook toekenningen die op goedkeuring wachten. */
        get: operations["listRolwijzigingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rolwijzigingen/{id}/afwijzing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een tweede beheerder wijst de toekenning af. */
        post: operations["postRolwijzigingAfwijzing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rolwijzigingen/{id}/goedkeuring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een tweede beheerder keurt de toekenning goed; de rollen gelden meteen. */
        post: operations["postRolwijzigingGoedkeuring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inloggen met gebruikersnaam en wachtwoord; zet het sessiecookie (201), of vraagt eerst de tweede factor (202). */
        post: operations["postSessie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessies/huidig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De ingelogde gebruiker. */
        get: operations["getHuidigeSessie"];
        put?: never;
        post?: never;
        /** Uitloggen. */
        delete: operations["deleteHuidigeSessie"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessies/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inloggen via de gemeentelijke identiteitsprovider: stuurt de browser door (302). */
        get: operations["startOidcSessie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessies/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terugkeer van de identiteitsprovider: start de sessie en stuurt door naar de startpagina. */
        get: operations["getOidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessies/oidc/configuratie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Of inloggen via de gemeentelijke identiteitsprovider (OpenID Connect) mogelijk is. */
        get: operations["getOidcConfiguratie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessies/tweede-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inloggen, stap 2: de code uit de authenticator-app (bij de eerste keer koppelt dit de app); zet het sessiecookie. */
        post: operations["postTweedeFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listTeams"];
        put?: never;
        post: operations["postTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchTeam"];
        trace?: never;
    };
    "/variantvergelijkingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De vergelijking met totalen, percentages, markering van afwijkende opgegeven totalen en gevoeligheid. */
        get: operations["getVariantvergelijking"];
        put: operations["putVariantvergelijking"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voorzieningen/{id}/herindicaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lichte herindicatie: zet een aflopende voorziening voort als de situatie van de inwoner ongewijzigd is (zonder volledig onderzoek); vaststellen met vier ogen. */
        post: operations["postLichteHerindicatie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/werkvoorraad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open meldingen met de resterende tijd tot de onderzoekstermijn; keyset-paginering met `na`. */
        get: operations["getWerkvoorraad"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/werkvoorraad/verdeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getWerkverdeling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wijken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listWijken"];
        put?: never;
        post: operations["postWijk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wijken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["patchWijk"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Foutmelding volgens RFC 9457 (problem details). */
        Problem: {
            /** @description Stabiele foutcode. */
            code?: string;
            detail: string;
            instance?: string;
            invalidParams?: {
                code: string;
                name: string;
                reason: string;
            }[];
            status: number;
            title: string;
            /** Format: uri */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description De volledige versie van de API. */
        "API-Version": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAanvragen: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
                /** @description Cursor uit `volgende` van de vorige pagina (keyset-paginering). */
                na?: string;
                pageSize?: number;
                /** @description Alleen de aanvragen van deze inwoner. */
                persoon?: string;
                status?: "ingediend" | "besloten" | "ingetrokken";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            aanvraagdatum: string;
                            /** @description De beschikking op deze aanvraag, zodra die is opgesteld. */
                            beschikking: {
                                /** Format: uuid */
                                id: string;
                                nummer: number;
                                status: string;
                            } | null;
                            /** @description Kalenderdagen tot de beschikkingstermijn verstrijkt (negatief: verlopen). */
                            dagenOver: number;
                            /** @enum {string} */
                            grondslag: "onderzoek-afgerond" | "termijn-verstreken";
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            meldingId: string;
                            omschrijving: string | null;
                            persoon: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            };
                            /** Format: uuid */
                            persoonId: string;
                            status: string;
                            termijnen: {
                                /** Format: date */
                                beschikkingUiterlijk: string;
                            };
                            versie: number;
                        }[];
                        volgende: string | null;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAanvraag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanvraagdatum: string;
                        /** @description De beschikking op deze aanvraag, zodra die is opgesteld. */
                        beschikking: {
                            /** Format: uuid */
                            id: string;
                            nummer: number;
                            status: string;
                        } | null;
                        /** @enum {string} */
                        grondslag: "onderzoek-afgerond" | "termijn-verstreken";
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        omschrijving: string | null;
                        /** Format: uuid */
                        persoonId: string;
                        status: string;
                        termijnen: {
                            /** Format: date */
                            beschikkingUiterlijk: string;
                        };
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBeschikking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toelichting?: string | null;
                    voorzieningen: {
                        /** Format: uuid */
                        aanbiederId?: string | null;
                        /** @enum {string} */
                        besluit: "toekenning" | "afwijzing";
                        /** Format: date */
                        einddatum?: string | null;
                        /** Format: date */
                        herindicatiedatum?: string | null;
                        /** Format: date */
                        ingangsdatum?: string | null;
                        /** @enum {string|null} */
                        leveringsvorm?: "zin" | "pgb" | null;
                        /** @default  */
                        motivering?: string;
                        /**
                         * @description Bij een afwijzing zonder product: de categorie.
                         * @enum {string}
                         */
                        productcategorie?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                        /**
                         * Format: uuid
                         * @description Bij een toekenning: het product uit de catalogus.
                         */
                        productId?: string | null;
                        volume?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        aanvraagId: string | null;
                        bekendgemaaktOp: string | null;
                        berichten: {
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            status: string;
                        }[];
                        besluitdatum: string | null;
                        /** @description De beschikkingsbrief, na vaststelling; gemaakt na het vastleggen (ADR 0020). */
                        brief: {
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        } | null;
                        gecontroleerdDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        gemeenteCode: string;
                        /** @description Bij een lichte herindicatie: wat met de inwoner is vastgesteld. */
                        herindicatie: {
                            contactOp: string;
                            contactwijze: string;
                            ongewijzigd: {
                                gezondheid: boolean;
                                netwerk: boolean;
                                ondersteuningsbehoefte: boolean;
                                woonsituatie: boolean;
                            };
                            /** Format: uuid */
                            voorzieningId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        ingetrokkenPer: string | null;
                        kenmerk: string;
                        nummer: number;
                        opgesteldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        redenWijziging: string | null;
                        /** @enum {string} */
                        soort: "besluit" | "wijziging" | "intrekking" | "herindicatie";
                        /** @enum {string} */
                        status: "concept" | "vastgesteld";
                        termijnen: {
                            beschikkingUiterlijk: string | null;
                            bezwaarUiterlijk: string | null;
                        };
                        toelichting: string | null;
                        versie: number;
                        /** @description Wijzigingen, intrekkingen en herindicaties die naar deze beschikking verwijzen. */
                        volgendeBeschikkingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            soort: string;
                            status: string;
                        }[];
                        voorzieningen: {
                            aanbieder: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @description Laatste dag, als een latere beschikking (wijziging of intrekking) de voorziening eerder beëindigde. */
                            beeindigdOp: string | null;
                            /** @enum {string} */
                            besluit: "toekenning" | "afwijzing";
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            herindicatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            ingangsdatum: string | null;
                            /** @enum {string|null} */
                            leveringsvorm: "zin" | "pgb" | null;
                            motivering: string;
                            pgbBudget: number | null;
                            product: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            productcategorie: string;
                            productcode: string | null;
                            volume: number | null;
                        }[];
                        /** Format: uuid */
                        vorigeBeschikkingId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postActivatie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    activatiecode: string;
                    gebruikersnaam: string;
                    wachtwoord: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditLogregels: {
        parameters: {
            query?: {
                actie?: "create" | "read" | "update" | "delete" | "search" | "export" | "print" | "login" | "logout";
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gebruiker?: string;
                gemeente?: string;
                objectId?: string;
                objectType?: string;
                pageSize?: number;
                /** @description Alleen de regels waarin deze persoon is getoond of bekeken (zoek de id met GET /audit-personen). */
                persoon?: string;
                resultaat?: "toegestaan" | "geweigerd" | "mislukt";
                tot?: string;
                van?: string;
                voor?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regels: {
                            actie: string;
                            doel: string;
                            gebruikerId: string | null;
                            gebruikersnaam: string | null;
                            gemeenteCode: string | null;
                            herkomstIp: string | null;
                            id: number;
                            objectId: string | null;
                            objectType: string;
                            organisatieId: string | null;
                            /** @description De personen van wie het verzoek gegevens toonde; null bij regels van vóór deze registratie. */
                            personen: string[] | null;
                            resultaat: string;
                            rol: string | null;
                            sessie: string | null;
                            /** Format: date-time */
                            tijdstip: string;
                            toelichting: string | null;
                            verzegeld: boolean;
                            verzoekId: string | null;
                        }[];
                        /** @description Waarde voor `voor` om de volgende pagina op te halen. */
                        volgende: number | null;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditPersonen: {
        parameters: {
            query: {
                /** @description Een BSN (9 cijfers, exact) of het begin van een achternaam. */
                zoek: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        geboortedatum: string;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuditVerificatie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Het laatste ankerpunt buiten de database waarmee de keten is vergeleken (ADR 0022). */
                        anker: {
                            tijdstip: string;
                            volgnummer: number;
                        } | null;
                        gecontroleerd: number;
                        intact: boolean;
                        nietVerzegeld: number;
                        problemen: {
                            auditId: number | null;
                            soort: string;
                            toelichting: string;
                            volgnummer: number | null;
                        }[];
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBeschikking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        aanvraagId: string | null;
                        bekendgemaaktOp: string | null;
                        berichten: {
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            status: string;
                        }[];
                        besluitdatum: string | null;
                        /** @description De beschikkingsbrief, na vaststelling; gemaakt na het vastleggen (ADR 0020). */
                        brief: {
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        } | null;
                        gecontroleerdDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        gemeenteCode: string;
                        /** @description Bij een lichte herindicatie: wat met de inwoner is vastgesteld. */
                        herindicatie: {
                            contactOp: string;
                            contactwijze: string;
                            ongewijzigd: {
                                gezondheid: boolean;
                                netwerk: boolean;
                                ondersteuningsbehoefte: boolean;
                                woonsituatie: boolean;
                            };
                            /** Format: uuid */
                            voorzieningId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        ingetrokkenPer: string | null;
                        kenmerk: string;
                        nummer: number;
                        opgesteldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        redenWijziging: string | null;
                        /** @enum {string} */
                        soort: "besluit" | "wijziging" | "intrekking" | "herindicatie";
                        /** @enum {string} */
                        status: "concept" | "vastgesteld";
                        termijnen: {
                            beschikkingUiterlijk: string | null;
                            bezwaarUiterlijk: string | null;
                        };
                        toelichting: string | null;
                        versie: number;
                        /** @description Wijzigingen, intrekkingen en herindicaties die naar deze beschikking verwijzen. */
                        volgendeBeschikkingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            soort: string;
                            status: string;
                        }[];
                        voorzieningen: {
                            aanbieder: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @description Laatste dag, als een latere beschikking (wijziging of intrekking) de voorziening eerder beëindigde. */
                            beeindigdOp: string | null;
                            /** @enum {string} */
                            besluit: "toekenning" | "afwijzing";
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            herindicatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            ingangsdatum: string | null;
                            /** @enum {string|null} */
                            leveringsvorm: "zin" | "pgb" | null;
                            motivering: string;
                            pgbBudget: number | null;
                            product: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            productcategorie: string;
                            productcode: string | null;
                            volume: number | null;
                        }[];
                        /** Format: uuid */
                        vorigeBeschikkingId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putBeschikking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toelichting?: string | null;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    voorzieningen: {
                        /** Format: uuid */
                        aanbiederId?: string | null;
                        /** @enum {string} */
                        besluit: "toekenning" | "afwijzing";
                        /** Format: date */
                        einddatum?: string | null;
                        /** Format: date */
                        herindicatiedatum?: string | null;
                        /** Format: date */
                        ingangsdatum?: string | null;
                        /** @enum {string|null} */
                        leveringsvorm?: "zin" | "pgb" | null;
                        /** @default  */
                        motivering?: string;
                        /**
                         * @description Bij een afwijzing zonder product: de categorie.
                         * @enum {string}
                         */
                        productcategorie?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                        /**
                         * Format: uuid
                         * @description Bij een toekenning: het product uit de catalogus.
                         */
                        productId?: string | null;
                        volume?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        aanvraagId: string | null;
                        bekendgemaaktOp: string | null;
                        berichten: {
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            status: string;
                        }[];
                        besluitdatum: string | null;
                        /** @description De beschikkingsbrief, na vaststelling; gemaakt na het vastleggen (ADR 0020). */
                        brief: {
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        } | null;
                        gecontroleerdDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        gemeenteCode: string;
                        /** @description Bij een lichte herindicatie: wat met de inwoner is vastgesteld. */
                        herindicatie: {
                            contactOp: string;
                            contactwijze: string;
                            ongewijzigd: {
                                gezondheid: boolean;
                                netwerk: boolean;
                                ondersteuningsbehoefte: boolean;
                                woonsituatie: boolean;
                            };
                            /** Format: uuid */
                            voorzieningId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        ingetrokkenPer: string | null;
                        kenmerk: string;
                        nummer: number;
                        opgesteldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        redenWijziging: string | null;
                        /** @enum {string} */
                        soort: "besluit" | "wijziging" | "intrekking" | "herindicatie";
                        /** @enum {string} */
                        status: "concept" | "vastgesteld";
                        termijnen: {
                            beschikkingUiterlijk: string | null;
                            bezwaarUiterlijk: string | null;
                        };
                        toelichting: string | null;
                        versie: number;
                        /** @description Wijzigingen, intrekkingen en herindicaties die naar deze beschikking verwijzen. */
                        volgendeBeschikkingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            soort: string;
                            status: string;
                        }[];
                        voorzieningen: {
                            aanbieder: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @description Laatste dag, als een latere beschikking (wijziging of intrekking) de voorziening eerder beëindigde. */
                            beeindigdOp: string | null;
                            /** @enum {string} */
                            besluit: "toekenning" | "afwijzing";
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            herindicatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            ingangsdatum: string | null;
                            /** @enum {string|null} */
                            leveringsvorm: "zin" | "pgb" | null;
                            motivering: string;
                            pgbBudget: number | null;
                            product: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            productcategorie: string;
                            productcode: string | null;
                            volume: number | null;
                        }[];
                        /** Format: uuid */
                        vorigeBeschikkingId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBeschikking: {
        parameters: {
            query: {
                versie: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verwijderd. */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBeschikkingBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het document (application/pdf). */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBeschikkingIntrekking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    motivering: string;
                    /**
                     * Format: date
                     * @description De laatste dag van de voorzieningen.
                     */
                    per: string;
                    /**
                     * @description iWmo WMO002, voor de aanbieder (01 en 13 zijn hier niet toegestaan).
                     * @enum {string}
                     */
                    redenWijziging: "10" | "11" | "12" | "14" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        aanvraagId: string | null;
                        bekendgemaaktOp: string | null;
                        berichten: {
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            status: string;
                        }[];
                        besluitdatum: string | null;
                        /** @description De beschikkingsbrief, na vaststelling; gemaakt na het vastleggen (ADR 0020). */
                        brief: {
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        } | null;
                        gecontroleerdDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        gemeenteCode: string;
                        /** @description Bij een lichte herindicatie: wat met de inwoner is vastgesteld. */
                        herindicatie: {
                            contactOp: string;
                            contactwijze: string;
                            ongewijzigd: {
                                gezondheid: boolean;
                                netwerk: boolean;
                                ondersteuningsbehoefte: boolean;
                                woonsituatie: boolean;
                            };
                            /** Format: uuid */
                            voorzieningId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        ingetrokkenPer: string | null;
                        kenmerk: string;
                        nummer: number;
                        opgesteldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        redenWijziging: string | null;
                        /** @enum {string} */
                        soort: "besluit" | "wijziging" | "intrekking" | "herindicatie";
                        /** @enum {string} */
                        status: "concept" | "vastgesteld";
                        termijnen: {
                            beschikkingUiterlijk: string | null;
                            bezwaarUiterlijk: string | null;
                        };
                        toelichting: string | null;
                        versie: number;
                        /** @description Wijzigingen, intrekkingen en herindicaties die naar deze beschikking verwijzen. */
                        volgendeBeschikkingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            soort: string;
                            status: string;
                        }[];
                        voorzieningen: {
                            aanbieder: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @description Laatste dag, als een latere beschikking (wijziging of intrekking) de voorziening eerder beëindigde. */
                            beeindigdOp: string | null;
                            /** @enum {string} */
                            besluit: "toekenning" | "afwijzing";
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            herindicatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            ingangsdatum: string | null;
                            /** @enum {string|null} */
                            leveringsvorm: "zin" | "pgb" | null;
                            motivering: string;
                            pgbBudget: number | null;
                            product: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            productcategorie: string;
                            productcode: string | null;
                            volume: number | null;
                        }[];
                        /** Format: uuid */
                        vorigeBeschikkingId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBeschikkingVaststelling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description De dag waarop de beschikking is verzonden of uitgereikt; start van de bezwaartermijn.
                     */
                    bekendgemaaktOp: string;
                    /** Format: date */
                    besluitdatum: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        aanvraagId: string | null;
                        bekendgemaaktOp: string | null;
                        berichten: {
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            status: string;
                        }[];
                        besluitdatum: string | null;
                        /** @description De beschikkingsbrief, na vaststelling; gemaakt na het vastleggen (ADR 0020). */
                        brief: {
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        } | null;
                        gecontroleerdDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        gemeenteCode: string;
                        /** @description Bij een lichte herindicatie: wat met de inwoner is vastgesteld. */
                        herindicatie: {
                            contactOp: string;
                            contactwijze: string;
                            ongewijzigd: {
                                gezondheid: boolean;
                                netwerk: boolean;
                                ondersteuningsbehoefte: boolean;
                                woonsituatie: boolean;
                            };
                            /** Format: uuid */
                            voorzieningId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        ingetrokkenPer: string | null;
                        kenmerk: string;
                        nummer: number;
                        opgesteldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        redenWijziging: string | null;
                        /** @enum {string} */
                        soort: "besluit" | "wijziging" | "intrekking" | "herindicatie";
                        /** @enum {string} */
                        status: "concept" | "vastgesteld";
                        termijnen: {
                            beschikkingUiterlijk: string | null;
                            bezwaarUiterlijk: string | null;
                        };
                        toelichting: string | null;
                        versie: number;
                        /** @description Wijzigingen, intrekkingen en herindicaties die naar deze beschikking verwijzen. */
                        volgendeBeschikkingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            soort: string;
                            status: string;
                        }[];
                        voorzieningen: {
                            aanbieder: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @description Laatste dag, als een latere beschikking (wijziging of intrekking) de voorziening eerder beëindigde. */
                            beeindigdOp: string | null;
                            /** @enum {string} */
                            besluit: "toekenning" | "afwijzing";
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            herindicatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            ingangsdatum: string | null;
                            /** @enum {string|null} */
                            leveringsvorm: "zin" | "pgb" | null;
                            motivering: string;
                            pgbBudget: number | null;
                            product: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            productcategorie: string;
                            productcode: string | null;
                            volume: number | null;
                        }[];
                        /** Format: uuid */
                        vorigeBeschikkingId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBeschikkingWijziging: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Als de wijziging een (nieuwe) aanvraag van de inwoner beantwoordt.
                     */
                    aanvraagId?: string | null;
                    /**
                     * Format: date
                     * @description De eerste dag van de gewijzigde situatie; de lopende voorzieningen van de oude beschikking eindigen de dag ervoor.
                     */
                    per: string;
                    /**
                     * @description iWmo WMO002, voor de aanbieder (01 en 13 zijn hier niet toegestaan).
                     * @enum {string}
                     */
                    redenWijziging: "10" | "11" | "12" | "14" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                    toelichting: string;
                    voorzieningen: {
                        /** Format: uuid */
                        aanbiederId?: string | null;
                        /** @enum {string} */
                        besluit: "toekenning" | "afwijzing";
                        /** Format: date */
                        einddatum?: string | null;
                        /** Format: date */
                        herindicatiedatum?: string | null;
                        /** Format: date */
                        ingangsdatum?: string | null;
                        /** @enum {string|null} */
                        leveringsvorm?: "zin" | "pgb" | null;
                        /** @default  */
                        motivering?: string;
                        /**
                         * @description Bij een afwijzing zonder product: de categorie.
                         * @enum {string}
                         */
                        productcategorie?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                        /**
                         * Format: uuid
                         * @description Bij een toekenning: het product uit de catalogus.
                         */
                        productId?: string | null;
                        volume?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        aanvraagId: string | null;
                        bekendgemaaktOp: string | null;
                        berichten: {
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            status: string;
                        }[];
                        besluitdatum: string | null;
                        /** @description De beschikkingsbrief, na vaststelling; gemaakt na het vastleggen (ADR 0020). */
                        brief: {
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        } | null;
                        gecontroleerdDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        gemeenteCode: string;
                        /** @description Bij een lichte herindicatie: wat met de inwoner is vastgesteld. */
                        herindicatie: {
                            contactOp: string;
                            contactwijze: string;
                            ongewijzigd: {
                                gezondheid: boolean;
                                netwerk: boolean;
                                ondersteuningsbehoefte: boolean;
                                woonsituatie: boolean;
                            };
                            /** Format: uuid */
                            voorzieningId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        ingetrokkenPer: string | null;
                        kenmerk: string;
                        nummer: number;
                        opgesteldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        redenWijziging: string | null;
                        /** @enum {string} */
                        soort: "besluit" | "wijziging" | "intrekking" | "herindicatie";
                        /** @enum {string} */
                        status: "concept" | "vastgesteld";
                        termijnen: {
                            beschikkingUiterlijk: string | null;
                            bezwaarUiterlijk: string | null;
                        };
                        toelichting: string | null;
                        versie: number;
                        /** @description Wijzigingen, intrekkingen en herindicaties die naar deze beschikking verwijzen. */
                        volgendeBeschikkingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            soort: string;
                            status: string;
                        }[];
                        voorzieningen: {
                            aanbieder: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @description Laatste dag, als een latere beschikking (wijziging of intrekking) de voorziening eerder beëindigde. */
                            beeindigdOp: string | null;
                            /** @enum {string} */
                            besluit: "toekenning" | "afwijzing";
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            herindicatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            ingangsdatum: string | null;
                            /** @enum {string|null} */
                            leveringsvorm: "zin" | "pgb" | null;
                            motivering: string;
                            pgbBudget: number | null;
                            product: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            productcategorie: string;
                            productcode: string | null;
                            volume: number | null;
                        }[];
                        /** Format: uuid */
                        vorigeBeschikkingId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Productcategorie (WMO020), bijvoorbeeld 01 (hulp bij het huishouden). */
                categorie: string;
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                /** @description Begrotingsjaar. */
                jaar: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Euro, twee decimalen. */
                    bedrag: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bedrag: number;
                        gemeente: string;
                        jaar: number;
                        productcategorie: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDeclaratieregelAfhandeling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Wat de backoffice met de afgewezen regel heeft gedaan. */
                    afhandeling: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        afhandeling: string;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeclaraties: {
        parameters: {
            query?: {
                pageSize?: number;
                /** @description `afgewezen`: declaraties met minstens één afgewezen prestatie (geheel of deels afgewezen). */
                status?: "goedgekeurd" | "deels-afgewezen" | "afgewezen";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            aanbieder: {
                                agbCode: string;
                                naam: string | null;
                            };
                            afgewezenRegels: {
                                afhandeling: string | null;
                                bedrag: number;
                                bsn: string;
                                /** Format: uuid */
                                id: string;
                                periode: {
                                    begin: string;
                                    eind: string;
                                };
                                productreferentie: string;
                                retourcodes: {
                                    code: string;
                                    omschrijving: string;
                                }[];
                                toewijzingnummer: number;
                            }[];
                            /** Format: uuid */
                            antwoordBerichtId: string | null;
                            declaratienummer: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Euro; credit negatief. */
                            ingediend: number;
                            /** Format: date-time */
                            ontvangenOp: string;
                            periode: {
                                begin: string;
                                eind: string;
                            };
                            retourcodes: {
                                code: string;
                                omschrijving: string;
                            }[];
                            status: string;
                            /** @description Euro. */
                            toegekend: number;
                        }[];
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeclaratiesGoedgekeurd: {
        parameters: {
            query: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description Laatste dag. */
                tot: string;
                /** @description Eerste dag (begindatum van de prestatie). */
                van: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agbCode: string;
                            bedrag: number;
                            naam: string | null;
                            regels: number;
                        }[];
                        volgende: string | null;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGebruikers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actief: boolean;
                        gebruikersnaam: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        laatstIngelogdOp: string | null;
                        /** Format: uuid */
                        medewerkerId: string;
                        oidcSubject: string | null;
                        versie: number;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postGebruiker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gebruikersnaam: string;
                    /** Format: uuid */
                    medewerkerId: string;
                    oidcSubject?: string;
                    wachtwoord?: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actief: boolean;
                        /** @description Alleen voor een lokaal account; eenmalig getoond. */
                        activatiecode: string | null;
                        /** Format: date-time */
                        activatieVerlooptOp: string | null;
                        gebruikersnaam: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        laatstIngelogdOp: string | null;
                        /** Format: uuid */
                        medewerkerId: string;
                        oidcSubject: string | null;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postActivatiecode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Eenmalig getoond: geef de code persoonlijk aan de gebruiker. Alleen een hash wordt bewaard. */
                        activatiecode: string;
                        /** Format: date-time */
                        activatieVerlooptOp: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGelijkgesteldeDagen: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        datum: string;
                        omschrijving: string;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postGelijkgesteldeDag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    datum: string;
                    omschrijving: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        datum: string;
                        herberekendeMeldingen: number;
                        omschrijving: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGelijkgesteldeDag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                datum: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        herberekendeMeldingen: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGemeenten: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        naam: string;
                        plaats: string | null;
                        postadres: string | null;
                        postcode: string | null;
                        telefoon: string | null;
                        versie: number;
                        website: string | null;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchGemeente: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    naam?: string;
                    plaats?: string | null;
                    postadres?: string | null;
                    postcode?: string | null;
                    telefoon?: string | null;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    website?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        naam: string;
                        plaats: string | null;
                        postadres: string | null;
                        postcode: string | null;
                        telefoon: string | null;
                        versie: number;
                        website: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNormtijden: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gemeenteCode: string;
                        normtijden: {
                            /** @enum {string} */
                            activiteit: "verdelen-werkstroom" | "verduidelijken-hulpvraag" | "onderzoek" | "vastleggen-plan-verslag" | "beschikking-opstellen" | "herindicatie";
                            minuten: number;
                            naam: string;
                            per: string;
                        }[];
                        productieveUrenPerFte: number;
                        /** @description true: de gemeente heeft nog geen eigen normtijden vastgelegd. */
                        standaard: boolean;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putNormtijden: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    normtijden: {
                        /** @enum {string} */
                        activiteit: "verdelen-werkstroom" | "verduidelijken-hulpvraag" | "onderzoek" | "vastleggen-plan-verslag" | "beschikking-opstellen" | "herindicatie";
                        minuten: number;
                    }[];
                    productieveUrenPerFte: number;
                    /** @description De gelezen versie (0 als er nog geen eigen normtijden zijn). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gemeenteCode: string;
                        normtijden: {
                            /** @enum {string} */
                            activiteit: "verdelen-werkstroom" | "verduidelijken-hulpvraag" | "onderzoek" | "vastleggen-plan-verslag" | "beschikking-opstellen" | "herindicatie";
                            minuten: number;
                            naam: string;
                            per: string;
                        }[];
                        productieveUrenPerFte: number;
                        /** @description true: de gemeente heeft nog geen eigen normtijden vastgelegd. */
                        standaard: boolean;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHerindicaties: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                maanden?: number;
                /** @description iWmo WMO020. */
                productcategorie?: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        beschikkingId: string;
                        beschikkingKenmerk: string;
                        einddatum: string;
                        herindicatiedatum: string | null;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        product: string | null;
                        productcategorie: string;
                        productcategorieNaam: string;
                        /** @description De herindicatie (beschikking) die deze voorziening voortzet, als die er al is. */
                        vervolg: {
                            /** Format: uuid */
                            beschikkingId: string;
                            kenmerk: string;
                            status: string;
                        } | null;
                        /** Format: uuid */
                        voorzieningId: string;
                        wijk: {
                            code: string;
                            naam: string;
                        } | null;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHuishouden: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        contactpersoonHistorie: {
                            medewerker: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            };
                            reden: string | null;
                            /** Format: date-time */
                            tot: string | null;
                            /** Format: date-time */
                            van: string;
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        leden: {
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                            /** Format: uuid */
                            persoonId: string;
                            /** @enum {string} */
                            relatie: "referentiepersoon" | "partner" | "kind" | "ouder" | "overig";
                            tot: string | null;
                            van: string;
                        }[];
                        meldingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            nummer: number;
                            ontvangstdatum: string;
                            /** Format: uuid */
                            persoonId: string;
                            soort: string;
                            status: string;
                        }[];
                        naam: string;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putHuishoudenContactpersoon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    medewerkerId: string;
                    reden?: string | null;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        contactpersoonHistorie: {
                            medewerker: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            };
                            reden: string | null;
                            /** Format: date-time */
                            tot: string | null;
                            /** Format: date-time */
                            van: string;
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        leden: {
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                            /** Format: uuid */
                            persoonId: string;
                            /** @enum {string} */
                            relatie: "referentiepersoon" | "partner" | "kind" | "ouder" | "overig";
                            tot: string | null;
                            van: string;
                        }[];
                        meldingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            nummer: number;
                            ontvangstdatum: string;
                            /** Format: uuid */
                            persoonId: string;
                            soort: string;
                            status: string;
                        }[];
                        naam: string;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHuishoudenLid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    persoonId: string;
                    /** @enum {string} */
                    relatie: "referentiepersoon" | "partner" | "kind" | "ouder" | "overig";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        contactpersoonHistorie: {
                            medewerker: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            };
                            reden: string | null;
                            /** Format: date-time */
                            tot: string | null;
                            /** Format: date-time */
                            van: string;
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        leden: {
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                            /** Format: uuid */
                            persoonId: string;
                            /** @enum {string} */
                            relatie: "referentiepersoon" | "partner" | "kind" | "ouder" | "overig";
                            tot: string | null;
                            van: string;
                        }[];
                        meldingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            nummer: number;
                            ontvangstdatum: string;
                            /** Format: uuid */
                            persoonId: string;
                            soort: string;
                            status: string;
                        }[];
                        naam: string;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeldingenVanHuishouden: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kenmerk: string;
                        nummer: number;
                        ontvangstdatum: string;
                        /** Format: uuid */
                        persoonId: string;
                        persoonNaam: string | null;
                        soort: string;
                        status: string;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        doelen: {
                            acties: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                loket: "wmo" | "jeugd-gezinscoach" | "werk-participatie" | "inkomen" | "schuldhulpverlening" | "beschermd-wonen" | null;
                                omschrijving: string;
                                organisatie: {
                                    /** Format: uuid */
                                    id: string;
                                    naam: string;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "gestart" | "afgerond";
                                /** @enum {string} */
                                uitvoerder: "inwoner" | "netwerk" | "partner" | "loket";
                                versie: number;
                            }[];
                            evaluatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            leefgebied: string;
                            meetbaar: string;
                            persoon: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @enum {string|null} */
                            uitkomst: "behaald" | "deels" | "niet" | null;
                            uitkomstToelichting: string | null;
                            versie: number;
                            wanneer: string;
                            wat: string;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        huishoudenNaam: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPlanDoel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    evaluatiedatum?: string | null;
                    leefgebied: string;
                    meetbaar: string;
                    /**
                     * Format: uuid
                     * @description Het lid van het huishouden om wie het gaat; leeg = het hele huishouden.
                     */
                    persoonId?: string | null;
                    /**
                     * Format: date
                     * @description Wanneer het doel bereikt moet zijn.
                     */
                    wanneer: string;
                    wat: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        doelen: {
                            acties: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                loket: "wmo" | "jeugd-gezinscoach" | "werk-participatie" | "inkomen" | "schuldhulpverlening" | "beschermd-wonen" | null;
                                omschrijving: string;
                                organisatie: {
                                    /** Format: uuid */
                                    id: string;
                                    naam: string;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "gestart" | "afgerond";
                                /** @enum {string} */
                                uitvoerder: "inwoner" | "netwerk" | "partner" | "loket";
                                versie: number;
                            }[];
                            evaluatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            leefgebied: string;
                            meetbaar: string;
                            persoon: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @enum {string|null} */
                            uitkomst: "behaald" | "deels" | "niet" | null;
                            uitkomstToelichting: string | null;
                            versie: number;
                            wanneer: string;
                            wat: string;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        huishoudenNaam: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alAanwezig: number;
                        bestandsnaam: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gestartOp: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        klaarOp: string | null;
                        nieuw: {
                            beschikkingen: number;
                            personen: number;
                            toewijzingen: number;
                            voorzieningen: number;
                        };
                        ongeldigeRegels: number;
                        regels: number;
                        /** @enum {string} */
                        status: "bezig" | "klaar" | "geweigerd" | "mislukt";
                        verwerkteRegels: number;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alAanwezig: number;
                        bestandsnaam: string | null;
                        codering: string;
                        fouten: {
                            code: string;
                            kolom: string | null;
                            melding: string;
                            /** @description Regelnummer in het bestand (de kopregel is regel 1). */
                            regel: number;
                        }[];
                        gemeenteCode: string;
                        /** Format: date-time */
                        gestartOp: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        klaarOp: string | null;
                        nieuw: {
                            beschikkingen: number;
                            personen: number;
                            toewijzingen: number;
                            voorzieningen: number;
                        };
                        ongeldigeOverslaan: boolean;
                        ongeldigeRegels: number;
                        regels: number;
                        scheidingsteken: string | null;
                        /** @enum {string} */
                        status: "bezig" | "klaar" | "geweigerd" | "mislukt";
                        verwerkteRegels: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postImportBeschikkingen: {
        parameters: {
            query: {
                /** @description Naam van het bestand, voor het importoverzicht. */
                bestandsnaam?: string;
                /** @description De gemeente waarvoor de beschikkingen worden geïmporteerd. */
                gemeente: string;
                /** @description true: importeer de geldige regels en sla ongeldige over. Anders weigert één ongeldige regel het hele bestand. */
                skipInvalid?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Het CSV-bestand (text/csv), UTF-8 of windows-1252. */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Regels die al eerder zijn geïmporteerd en niets veranderden. */
                        alAanwezig: number;
                        bestandsnaam: string | null;
                        codering: string;
                        duurMs: number;
                        /** @description De eerste 1000 fouten, op regelnummer. */
                        fouten: {
                            code: string;
                            kolom: string | null;
                            melding: string;
                            /** @description Regelnummer in het bestand (de kopregel is regel 1). */
                            regel: number;
                        }[];
                        foutenTotaal: number;
                        geldigeRegels: number;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        meldingen: string[];
                        nieuw: {
                            beschikkingen: number;
                            personen: number;
                            toewijzingen: number;
                            voorzieningen: number;
                        };
                        ongeldigeOverslaan: boolean;
                        ongeldigeRegels: number;
                        /** @description Gegevensregels in het bestand (zonder kopregel). */
                        regels: number;
                        scheidingsteken: string | null;
                        /** @enum {string} */
                        status: "klaar" | "geweigerd";
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIwmoBerichten: {
        parameters: {
            query?: {
                berichtcode?: "WMO301" | "WMO305" | "WMO307" | "WMO315" | "WMO317" | "WMO319" | "WMO323" | "WMO325";
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description Cursor uit `volgende` van de vorige pagina (keyset-paginering). */
                na?: string;
                pageSize?: number;
                /** @description Alleen de berichten over deze inwoner. */
                persoon?: string;
                richting?: "uit" | "in";
                status?: "klaar" | "verzonden" | "ontvangen" | "afgekeurd";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            aanbieder: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** Format: date-time */
                            aangemaaktOp: string;
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            persoon: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            pogingen: number;
                            richting: string;
                            status: string;
                            /** Format: date-time */
                            verzondenOp: string | null;
                        }[];
                        volgende: string | null;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIwmoBericht: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        berichtcode: string;
                        /** @description Alleen bij een WMO323: de beoordeling van de declaratie. */
                        declaratie?: {
                            afgewezen: number;
                            /**
                             * Format: uuid
                             * @description Het WMO325-antwoord in de berichtenlijst.
                             */
                            antwoordBerichtId: string;
                            goedgekeurd: number;
                            /** Format: uuid */
                            id: string;
                            retourcodes: string[];
                            /** @enum {string} */
                            status: "goedgekeurd" | "deels-afgewezen" | "afgewezen";
                        };
                        /** Format: uuid */
                        id: string;
                        /** @description De toewijzingen waarop start of stop is verwerkt. */
                        toewijzingNummers: number[];
                        /** @description Aantal start- of stopregels dat aan een toewijzing is gekoppeld. */
                        verwerkt: number;
                        /** @description De verzoeken (WMO315/317) die in de werklijst zijn gekomen. */
                        verzoeken: {
                            /** Format: uuid */
                            id: string;
                            referentieAanbieder: string;
                        }[];
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIwmoBericht: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het document (application/xml). */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIwmoVerzoeken: {
        parameters: {
            query?: {
                berichtcode?: "WMO315" | "WMO317";
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description Cursor uit `volgende` van de vorige pagina (keyset-paginering). */
                na?: string;
                pageSize?: number;
                status?: "open" | "in-onderzoek" | "toegewezen" | "afgewezen";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            aanbieder: {
                                agbCode: string | null;
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            };
                            /** Format: date-time */
                            behandeldOp: string | null;
                            /** @enum {string} */
                            berichtcode: "WMO315" | "WMO317";
                            dagtekening: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            ontvangenOp: string;
                            persoon: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            };
                            producten: {
                                beschikkingNummer?: number;
                                /** @description In eurocent. */
                                budget?: number;
                                commentaar?: string;
                                einddatum?: string;
                                ingangsdatum?: string;
                                omvang?: {
                                    eenheid: string;
                                    frequentie: string;
                                    volume: number;
                                };
                                product?: {
                                    categorie: string;
                                    code?: string;
                                };
                                raamcontract?: boolean;
                                /** @enum {string} */
                                soort: "aangevraagd" | "te-wijzigen" | "nieuw" | "ongewijzigd";
                                toewijzingNummer?: number;
                                verwijzer?: {
                                    naam?: string;
                                    type: string;
                                    zorgverlenerCode?: string;
                                };
                            }[];
                            referentieAanbieder: string;
                            /** @enum {string} */
                            status: "open" | "in-onderzoek" | "toegewezen" | "afgewezen";
                            versie: number;
                        }[];
                        volgende: string | null;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIwmoVerzoek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanbieder: {
                            agbCode: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        behandeldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        /** Format: date-time */
                        behandeldOp: string | null;
                        /** @enum {string} */
                        berichtcode: "WMO315" | "WMO317";
                        /** @description Het binnengekomen verzoek en de antwoorden (WMO319, WMO301), oudste eerst. */
                        berichten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            richting: string;
                            status: string;
                        }[];
                        dagtekening: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Voorzieningen (zorg in natura, vastgesteld) van deze cliënt bij deze aanbieder met een lopende toewijzing zonder referentie: daarmee kan het verzoek worden toegewezen. */
                        kandidaten: {
                            /** Format: uuid */
                            beschikkingId: string;
                            beschikkingKenmerk: string;
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            ingangsdatum: string;
                            product: string;
                            productcategorie: string;
                            productcode: string | null;
                            toewijzingNummer: number;
                            volume: number | null;
                            /** Format: uuid */
                            voorzieningId: string;
                        }[];
                        /** Format: date-time */
                        ontvangenOp: string;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        producten: {
                            beschikkingNummer?: number;
                            /** @description In eurocent. */
                            budget?: number;
                            commentaar?: string;
                            einddatum?: string;
                            ingangsdatum?: string;
                            omvang?: {
                                eenheid: string;
                                frequentie: string;
                                volume: number;
                            };
                            product?: {
                                categorie: string;
                                code?: string;
                            };
                            raamcontract?: boolean;
                            /** @enum {string} */
                            soort: "aangevraagd" | "te-wijzigen" | "nieuw" | "ongewijzigd";
                            toewijzingNummer?: number;
                            verwijzer?: {
                                naam?: string;
                                type: string;
                                zorgverlenerCode?: string;
                            };
                        }[];
                        /** @description WJ759, bij een afgewezen verzoek. */
                        redenAfwijzing: string | null;
                        /** @description WJ758, bij een WMO317. */
                        redenVerzoek: string | null;
                        referentieAanbieder: string;
                        /** @enum {string} */
                        status: "open" | "in-onderzoek" | "toegewezen" | "afgewezen";
                        toelichting: string | null;
                        /** @description De toewijzingen die dit verzoek honoreren (met de ReferentieAanbieder in de WMO301). */
                        toewijzingen: {
                            /** Format: uuid */
                            beschikkingId: string;
                            toewijzingNummer: number;
                            /** Format: uuid */
                            voorzieningId: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIwmoVerzoekAfwijzing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description iWmo WJ759 Reden afwijzing verzoek.
                     * @enum {string}
                     */
                    redenAfwijzing: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
                    /** @description Interne toelichting van de backoffice; gaat niet mee in het bericht aan de aanbieder. */
                    toelichting?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanbieder: {
                            agbCode: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        behandeldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        /** Format: date-time */
                        behandeldOp: string | null;
                        /** @enum {string} */
                        berichtcode: "WMO315" | "WMO317";
                        /** @description Het binnengekomen verzoek en de antwoorden (WMO319, WMO301), oudste eerst. */
                        berichten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            richting: string;
                            status: string;
                        }[];
                        dagtekening: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Voorzieningen (zorg in natura, vastgesteld) van deze cliënt bij deze aanbieder met een lopende toewijzing zonder referentie: daarmee kan het verzoek worden toegewezen. */
                        kandidaten: {
                            /** Format: uuid */
                            beschikkingId: string;
                            beschikkingKenmerk: string;
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            ingangsdatum: string;
                            product: string;
                            productcategorie: string;
                            productcode: string | null;
                            toewijzingNummer: number;
                            volume: number | null;
                            /** Format: uuid */
                            voorzieningId: string;
                        }[];
                        /** Format: date-time */
                        ontvangenOp: string;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        producten: {
                            beschikkingNummer?: number;
                            /** @description In eurocent. */
                            budget?: number;
                            commentaar?: string;
                            einddatum?: string;
                            ingangsdatum?: string;
                            omvang?: {
                                eenheid: string;
                                frequentie: string;
                                volume: number;
                            };
                            product?: {
                                categorie: string;
                                code?: string;
                            };
                            raamcontract?: boolean;
                            /** @enum {string} */
                            soort: "aangevraagd" | "te-wijzigen" | "nieuw" | "ongewijzigd";
                            toewijzingNummer?: number;
                            verwijzer?: {
                                naam?: string;
                                type: string;
                                zorgverlenerCode?: string;
                            };
                        }[];
                        /** @description WJ759, bij een afgewezen verzoek. */
                        redenAfwijzing: string | null;
                        /** @description WJ758, bij een WMO317. */
                        redenVerzoek: string | null;
                        referentieAanbieder: string;
                        /** @enum {string} */
                        status: "open" | "in-onderzoek" | "toegewezen" | "afgewezen";
                        toelichting: string | null;
                        /** @description De toewijzingen die dit verzoek honoreren (met de ReferentieAanbieder in de WMO301). */
                        toewijzingen: {
                            /** Format: uuid */
                            beschikkingId: string;
                            toewijzingNummer: number;
                            /** Format: uuid */
                            voorzieningId: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIwmoVerzoekInOnderzoek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Interne toelichting van de backoffice; gaat niet mee in het bericht aan de aanbieder. */
                    toelichting?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanbieder: {
                            agbCode: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        behandeldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        /** Format: date-time */
                        behandeldOp: string | null;
                        /** @enum {string} */
                        berichtcode: "WMO315" | "WMO317";
                        /** @description Het binnengekomen verzoek en de antwoorden (WMO319, WMO301), oudste eerst. */
                        berichten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            richting: string;
                            status: string;
                        }[];
                        dagtekening: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Voorzieningen (zorg in natura, vastgesteld) van deze cliënt bij deze aanbieder met een lopende toewijzing zonder referentie: daarmee kan het verzoek worden toegewezen. */
                        kandidaten: {
                            /** Format: uuid */
                            beschikkingId: string;
                            beschikkingKenmerk: string;
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            ingangsdatum: string;
                            product: string;
                            productcategorie: string;
                            productcode: string | null;
                            toewijzingNummer: number;
                            volume: number | null;
                            /** Format: uuid */
                            voorzieningId: string;
                        }[];
                        /** Format: date-time */
                        ontvangenOp: string;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        producten: {
                            beschikkingNummer?: number;
                            /** @description In eurocent. */
                            budget?: number;
                            commentaar?: string;
                            einddatum?: string;
                            ingangsdatum?: string;
                            omvang?: {
                                eenheid: string;
                                frequentie: string;
                                volume: number;
                            };
                            product?: {
                                categorie: string;
                                code?: string;
                            };
                            raamcontract?: boolean;
                            /** @enum {string} */
                            soort: "aangevraagd" | "te-wijzigen" | "nieuw" | "ongewijzigd";
                            toewijzingNummer?: number;
                            verwijzer?: {
                                naam?: string;
                                type: string;
                                zorgverlenerCode?: string;
                            };
                        }[];
                        /** @description WJ759, bij een afgewezen verzoek. */
                        redenAfwijzing: string | null;
                        /** @description WJ758, bij een WMO317. */
                        redenVerzoek: string | null;
                        referentieAanbieder: string;
                        /** @enum {string} */
                        status: "open" | "in-onderzoek" | "toegewezen" | "afgewezen";
                        toelichting: string | null;
                        /** @description De toewijzingen die dit verzoek honoreren (met de ReferentieAanbieder in de WMO301). */
                        toewijzingen: {
                            /** Format: uuid */
                            beschikkingId: string;
                            toewijzingNummer: number;
                            /** Format: uuid */
                            voorzieningId: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIwmoVerzoekToewijzing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Interne toelichting van de backoffice; gaat niet mee in het bericht aan de aanbieder. */
                    toelichting?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    /** @description Vastgestelde voorzieningen (zorg in natura) van deze cliënt bij deze aanbieder. */
                    voorzieningIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanbieder: {
                            agbCode: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        behandeldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        /** Format: date-time */
                        behandeldOp: string | null;
                        /** @enum {string} */
                        berichtcode: "WMO315" | "WMO317";
                        /** @description Het binnengekomen verzoek en de antwoorden (WMO319, WMO301), oudste eerst. */
                        berichten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            richting: string;
                            status: string;
                        }[];
                        dagtekening: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Voorzieningen (zorg in natura, vastgesteld) van deze cliënt bij deze aanbieder met een lopende toewijzing zonder referentie: daarmee kan het verzoek worden toegewezen. */
                        kandidaten: {
                            /** Format: uuid */
                            beschikkingId: string;
                            beschikkingKenmerk: string;
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            ingangsdatum: string;
                            product: string;
                            productcategorie: string;
                            productcode: string | null;
                            toewijzingNummer: number;
                            volume: number | null;
                            /** Format: uuid */
                            voorzieningId: string;
                        }[];
                        /** Format: date-time */
                        ontvangenOp: string;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        producten: {
                            beschikkingNummer?: number;
                            /** @description In eurocent. */
                            budget?: number;
                            commentaar?: string;
                            einddatum?: string;
                            ingangsdatum?: string;
                            omvang?: {
                                eenheid: string;
                                frequentie: string;
                                volume: number;
                            };
                            product?: {
                                categorie: string;
                                code?: string;
                            };
                            raamcontract?: boolean;
                            /** @enum {string} */
                            soort: "aangevraagd" | "te-wijzigen" | "nieuw" | "ongewijzigd";
                            toewijzingNummer?: number;
                            verwijzer?: {
                                naam?: string;
                                type: string;
                                zorgverlenerCode?: string;
                            };
                        }[];
                        /** @description WJ759, bij een afgewezen verzoek. */
                        redenAfwijzing: string | null;
                        /** @description WJ758, bij een WMO317. */
                        redenVerzoek: string | null;
                        referentieAanbieder: string;
                        /** @enum {string} */
                        status: "open" | "in-onderzoek" | "toegewezen" | "afgewezen";
                        toelichting: string | null;
                        /** @description De toewijzingen die dit verzoek honoreren (met de ReferentieAanbieder in de WMO301). */
                        toewijzingen: {
                            /** Format: uuid */
                            beschikkingId: string;
                            toewijzingNummer: number;
                            /** Format: uuid */
                            voorzieningId: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeefgebieden: {
        parameters: {
            query: {
                gemeente: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        naam: string;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putLeefgebieden: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gemeenteCode: string;
                    leefgebieden: {
                        code: string;
                        naam: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        naam: string;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLocaties: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adres: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        plaats: string | null;
                        postcode: string | null;
                        /** @enum {string} */
                        soort: "wijklocatie" | "stadhuis" | "overig";
                        versie: number;
                        /** Format: uuid */
                        wijkId: string | null;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLocatie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    adres?: string | null;
                    gemeenteCode: string;
                    naam: string;
                    plaats?: string | null;
                    postcode?: string | null;
                    /** @enum {string} */
                    soort: "wijklocatie" | "stadhuis" | "overig";
                    /** Format: uuid */
                    wijkId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adres: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        plaats: string | null;
                        postcode: string | null;
                        /** @enum {string} */
                        soort: "wijklocatie" | "stadhuis" | "overig";
                        versie: number;
                        /** Format: uuid */
                        wijkId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchLocatie: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    adres?: string | null;
                    naam?: string;
                    plaats?: string | null;
                    postcode?: string | null;
                    /** @enum {string} */
                    soort?: "wijklocatie" | "stadhuis" | "overig";
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    /** Format: uuid */
                    wijkId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adres: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        plaats: string | null;
                        postcode: string | null;
                        /** @enum {string} */
                        soort: "wijklocatie" | "stadhuis" | "overig";
                        versie: number;
                        /** Format: uuid */
                        wijkId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMedewerkers: {
        parameters: {
            query?: {
                actief?: "true" | "false";
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
                team?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actief: boolean;
                        email: string | null;
                        fte: number;
                        functie: string | null;
                        gebruikersnaam: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** Format: uuid */
                        organisatieId: string;
                        rollen: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                        /** Format: uuid */
                        teamId: string | null;
                        versie: number;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMedewerker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string | null;
                    /** @default 0 */
                    fte?: number;
                    functie?: string | null;
                    gemeenteCode: string;
                    naam: string;
                    /** Format: uuid */
                    organisatieId: string;
                    /** @default [] */
                    rollen?: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                    /** Format: uuid */
                    teamId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actief: boolean;
                        email: string | null;
                        fte: number;
                        functie: string | null;
                        gebruikersnaam: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** Format: uuid */
                        organisatieId: string;
                        rollen: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                        /** Format: uuid */
                        teamId: string | null;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMedewerker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actief: boolean;
                        email: string | null;
                        fte: number;
                        functie: string | null;
                        gebruikersnaam: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** Format: uuid */
                        organisatieId: string;
                        rollen: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                        /** Format: uuid */
                        teamId: string | null;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchMedewerker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actief?: boolean;
                    /** Format: email */
                    email?: string | null;
                    fte?: number;
                    functie?: string | null;
                    naam?: string;
                    rollen?: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                    /** Format: uuid */
                    teamId?: string | null;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actief: boolean;
                        email: string | null;
                        fte: number;
                        functie: string | null;
                        gebruikersnaam: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** Format: uuid */
                        organisatieId: string;
                        rollen: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                        /** Format: uuid */
                        teamId: string | null;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMelding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    clientondersteuningAangeboden: boolean;
                    clientondersteuningGeaccepteerd?: boolean | null;
                    /**
                     * @description Bevestigt registratie terwijl de persoon al een open melding voor dezelfde leefgebieden heeft.
                     * @default false
                     */
                    dubbeleMeldingBevestigd?: boolean;
                    hulpvraag: string;
                    /** @enum {string} */
                    kanaal: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                    /** @default [] */
                    leefgebieden?: ("financien" | "werk-opleiding" | "tijdsbesteding" | "huisvesting" | "huiselijke-relaties" | "geestelijke-gezondheid" | "lichamelijke-gezondheid" | "middelengebruik" | "basale-adl" | "instrumentele-adl" | "sociaal-netwerk" | "maatschappelijke-participatie" | "justitie")[];
                    melder: {
                        naam?: string | null;
                        organisatie?: string | null;
                        telefoon?: string | null;
                        /** @enum {string} */
                        type: "inwoner" | "familielid" | "professional" | "anders";
                    };
                    /** @description Registreert persoon en (nieuw) huishouden in dezelfde transactie. */
                    nieuwePersoon?: {
                        achternaam: string;
                        adres?: {
                            huisnummer: number;
                            huisnummertoevoeging?: string | null;
                            postcode: string;
                            straat: string;
                            woonplaats: string;
                        } | null;
                        bsn?: string | null;
                        /** @description Bijvoorbeeld tolk, doventolk, eenvoudige taal, brief in grote letters. */
                        communicatiebehoeften?: string | null;
                        /** Format: email */
                        email?: string | null;
                        /** Format: date */
                        geboortedatum: string;
                        /** @description Standaard de gemeente van de medewerker. */
                        gemeenteCode?: string;
                        /**
                         * @default onbekend
                         * @enum {string}
                         */
                        geslacht?: "man" | "vrouw" | "anders" | "onbekend";
                        huishouden?: {
                            /**
                             * Format: uuid
                             * @description Voeg toe aan dit bestaande huishouden; anders een nieuw huishouden.
                             */
                            huishoudenId: string;
                            /** @enum {string} */
                            relatie: "referentiepersoon" | "partner" | "kind" | "ouder" | "overig";
                        };
                        /** @description Voorkeurstaal als die niet Nederlands is. */
                        taal?: string | null;
                        telefoon?: string | null;
                        tussenvoegsel?: string | null;
                        voornamen?: string | null;
                    };
                    /**
                     * Format: date
                     * @description Mag in het verleden liggen (brief); niet in de toekomst.
                     */
                    ontvangstdatum: string;
                    /**
                     * Format: uuid
                     * @description Een bekende persoon; of geef `nieuwePersoon`.
                     */
                    persoonId?: string;
                    /** Format: date */
                    persoonlijkPlanOntvangenOp?: string | null;
                    /** @enum {string} */
                    soort: "melding" | "informatievraag" | "signaal";
                    /** @default false */
                    spoed?: boolean;
                    spoedToelichting?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        behandelaar: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        clientondersteuningAangeboden: boolean;
                        clientondersteuningGeaccepteerd: boolean | null;
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        documenten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            bestandsnaam: string;
                            /** @description Waarom het maken mislukte; alleen bij status mislukt. */
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            soort: string;
                            /**
                             * @description Brieven worden na het vastleggen gemaakt (ADR 0020): te-maken, gemaakt of mislukt.
                             * @enum {string}
                             */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        huishoudenId: string;
                        hulpvraag: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kanaal: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                        kenmerk: string;
                        ladderUitkomst: string | null;
                        leefgebieden: string[];
                        melder: {
                            naam: string | null;
                            organisatie: string | null;
                            telefoon: string | null;
                            /** @enum {string} */
                            type: "inwoner" | "familielid" | "professional" | "anders";
                        };
                        nummer: number;
                        ontvangstdatum: string;
                        persoon: {
                            bsn: string | null;
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlanOntvangenOp: string | null;
                        /** @enum {string} */
                        soort: "melding" | "informatievraag" | "signaal";
                        spoed: boolean;
                        spoedToelichting: string | null;
                        /** @enum {string} */
                        status: "nieuw" | "onderzoek" | "verwezen-preventie" | "aanvraag" | "afgesloten";
                        termijnen: {
                            dagenOver: number | null;
                            /** Format: date */
                            onderzoekUiterlijk: string | null;
                            /** Format: date */
                            persoonlijkPlanUiterlijk: string | null;
                            /**
                             * @description Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen.
                             * @enum {string|null}
                             */
                            status: "ruim" | "binnen-twee-weken" | "binnen-drie-werkdagen" | "verlopen" | null;
                            werkdagenOver: number | null;
                        };
                        triage: {
                            /** Format: date-time */
                            getrieerdOp: string | null;
                            toelichting: string | null;
                            toestemmingVerwijzing: boolean | null;
                            /** @enum {string} */
                            uitkomst: "informatie-advies" | "doorverwijzing" | "preventie" | "onderzoek";
                            verwezenOrganisatie: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            verwijzing: string | null;
                        } | null;
                        versie: number;
                        waarschuwingen: string[];
                        wijk: {
                            code: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMelding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        behandelaar: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        clientondersteuningAangeboden: boolean;
                        clientondersteuningGeaccepteerd: boolean | null;
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        documenten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            bestandsnaam: string;
                            /** @description Waarom het maken mislukte; alleen bij status mislukt. */
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            soort: string;
                            /**
                             * @description Brieven worden na het vastleggen gemaakt (ADR 0020): te-maken, gemaakt of mislukt.
                             * @enum {string}
                             */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        huishoudenId: string;
                        hulpvraag: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kanaal: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                        kenmerk: string;
                        ladderUitkomst: string | null;
                        leefgebieden: string[];
                        melder: {
                            naam: string | null;
                            organisatie: string | null;
                            telefoon: string | null;
                            /** @enum {string} */
                            type: "inwoner" | "familielid" | "professional" | "anders";
                        };
                        nummer: number;
                        ontvangstdatum: string;
                        persoon: {
                            bsn: string | null;
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlanOntvangenOp: string | null;
                        /** @enum {string} */
                        soort: "melding" | "informatievraag" | "signaal";
                        spoed: boolean;
                        spoedToelichting: string | null;
                        /** @enum {string} */
                        status: "nieuw" | "onderzoek" | "verwezen-preventie" | "aanvraag" | "afgesloten";
                        termijnen: {
                            dagenOver: number | null;
                            /** Format: date */
                            onderzoekUiterlijk: string | null;
                            /** Format: date */
                            persoonlijkPlanUiterlijk: string | null;
                            /**
                             * @description Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen.
                             * @enum {string|null}
                             */
                            status: "ruim" | "binnen-twee-weken" | "binnen-drie-werkdagen" | "verlopen" | null;
                            werkdagenOver: number | null;
                        };
                        triage: {
                            /** Format: date-time */
                            getrieerdOp: string | null;
                            toelichting: string | null;
                            toestemmingVerwijzing: boolean | null;
                            /** @enum {string} */
                            uitkomst: "informatie-advies" | "doorverwijzing" | "preventie" | "onderzoek";
                            verwezenOrganisatie: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            verwijzing: string | null;
                        } | null;
                        versie: number;
                        waarschuwingen: string[];
                        wijk: {
                            code: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAanvragenVanMelding: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanvraagdatum: string;
                        /** @description De beschikking op deze aanvraag, zodra die is opgesteld. */
                        beschikking: {
                            /** Format: uuid */
                            id: string;
                            nummer: number;
                            status: string;
                        } | null;
                        /** @enum {string} */
                        grondslag: "onderzoek-afgerond" | "termijn-verstreken";
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        omschrijving: string | null;
                        /** Format: uuid */
                        persoonId: string;
                        status: string;
                        termijnen: {
                            /** Format: date */
                            beschikkingUiterlijk: string;
                        };
                        versie: number;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAanvraag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    aanvraagdatum: string;
                    omschrijving?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanvraagdatum: string;
                        /** @description De beschikking op deze aanvraag, zodra die is opgesteld. */
                        beschikking: {
                            /** Format: uuid */
                            id: string;
                            nummer: number;
                            status: string;
                        } | null;
                        /** @enum {string} */
                        grondslag: "onderzoek-afgerond" | "termijn-verstreken";
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        omschrijving: string | null;
                        /** Format: uuid */
                        persoonId: string;
                        status: string;
                        termijnen: {
                            /** Format: date */
                            beschikkingUiterlijk: string;
                        };
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDocumentPoging: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        behandelaar: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        clientondersteuningAangeboden: boolean;
                        clientondersteuningGeaccepteerd: boolean | null;
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        documenten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            bestandsnaam: string;
                            /** @description Waarom het maken mislukte; alleen bij status mislukt. */
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            soort: string;
                            /**
                             * @description Brieven worden na het vastleggen gemaakt (ADR 0020): te-maken, gemaakt of mislukt.
                             * @enum {string}
                             */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        huishoudenId: string;
                        hulpvraag: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kanaal: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                        kenmerk: string;
                        ladderUitkomst: string | null;
                        leefgebieden: string[];
                        melder: {
                            naam: string | null;
                            organisatie: string | null;
                            telefoon: string | null;
                            /** @enum {string} */
                            type: "inwoner" | "familielid" | "professional" | "anders";
                        };
                        nummer: number;
                        ontvangstdatum: string;
                        persoon: {
                            bsn: string | null;
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlanOntvangenOp: string | null;
                        /** @enum {string} */
                        soort: "melding" | "informatievraag" | "signaal";
                        spoed: boolean;
                        spoedToelichting: string | null;
                        /** @enum {string} */
                        status: "nieuw" | "onderzoek" | "verwezen-preventie" | "aanvraag" | "afgesloten";
                        termijnen: {
                            dagenOver: number | null;
                            /** Format: date */
                            onderzoekUiterlijk: string | null;
                            /** Format: date */
                            persoonlijkPlanUiterlijk: string | null;
                            /**
                             * @description Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen.
                             * @enum {string|null}
                             */
                            status: "ruim" | "binnen-twee-weken" | "binnen-drie-werkdagen" | "verlopen" | null;
                            werkdagenOver: number | null;
                        };
                        triage: {
                            /** Format: date-time */
                            getrieerdOp: string | null;
                            toelichting: string | null;
                            toestemmingVerwijzing: boolean | null;
                            /** @enum {string} */
                            uitkomst: "informatie-advies" | "doorverwijzing" | "preventie" | "onderzoek";
                            verwezenOrganisatie: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            verwijzing: string | null;
                        } | null;
                        versie: number;
                        waarschuwingen: string[];
                        wijk: {
                            code: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeldingHerverdeling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    behandelaarId: string;
                    reden?: string | null;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        behandelaar: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        clientondersteuningAangeboden: boolean;
                        clientondersteuningGeaccepteerd: boolean | null;
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        documenten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            bestandsnaam: string;
                            /** @description Waarom het maken mislukte; alleen bij status mislukt. */
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            soort: string;
                            /**
                             * @description Brieven worden na het vastleggen gemaakt (ADR 0020): te-maken, gemaakt of mislukt.
                             * @enum {string}
                             */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        huishoudenId: string;
                        hulpvraag: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kanaal: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                        kenmerk: string;
                        ladderUitkomst: string | null;
                        leefgebieden: string[];
                        melder: {
                            naam: string | null;
                            organisatie: string | null;
                            telefoon: string | null;
                            /** @enum {string} */
                            type: "inwoner" | "familielid" | "professional" | "anders";
                        };
                        nummer: number;
                        ontvangstdatum: string;
                        persoon: {
                            bsn: string | null;
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlanOntvangenOp: string | null;
                        /** @enum {string} */
                        soort: "melding" | "informatievraag" | "signaal";
                        spoed: boolean;
                        spoedToelichting: string | null;
                        /** @enum {string} */
                        status: "nieuw" | "onderzoek" | "verwezen-preventie" | "aanvraag" | "afgesloten";
                        termijnen: {
                            dagenOver: number | null;
                            /** Format: date */
                            onderzoekUiterlijk: string | null;
                            /** Format: date */
                            persoonlijkPlanUiterlijk: string | null;
                            /**
                             * @description Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen.
                             * @enum {string|null}
                             */
                            status: "ruim" | "binnen-twee-weken" | "binnen-drie-werkdagen" | "verlopen" | null;
                            werkdagenOver: number | null;
                        };
                        triage: {
                            /** Format: date-time */
                            getrieerdOp: string | null;
                            toelichting: string | null;
                            toestemmingVerwijzing: boolean | null;
                            /** @enum {string} */
                            uitkomst: "informatie-advies" | "doorverwijzing" | "preventie" | "onderzoek";
                            verwezenOrganisatie: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            verwijzing: string | null;
                        } | null;
                        versie: number;
                        waarschuwingen: string[];
                        wijk: {
                            code: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeldingOmzetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description De dag waarop de inwoner zelf om ondersteuning vroeg.
                     */
                    ontvangstdatum: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        behandelaar: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        clientondersteuningAangeboden: boolean;
                        clientondersteuningGeaccepteerd: boolean | null;
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        documenten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            bestandsnaam: string;
                            /** @description Waarom het maken mislukte; alleen bij status mislukt. */
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            soort: string;
                            /**
                             * @description Brieven worden na het vastleggen gemaakt (ADR 0020): te-maken, gemaakt of mislukt.
                             * @enum {string}
                             */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        huishoudenId: string;
                        hulpvraag: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kanaal: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                        kenmerk: string;
                        ladderUitkomst: string | null;
                        leefgebieden: string[];
                        melder: {
                            naam: string | null;
                            organisatie: string | null;
                            telefoon: string | null;
                            /** @enum {string} */
                            type: "inwoner" | "familielid" | "professional" | "anders";
                        };
                        nummer: number;
                        ontvangstdatum: string;
                        persoon: {
                            bsn: string | null;
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlanOntvangenOp: string | null;
                        /** @enum {string} */
                        soort: "melding" | "informatievraag" | "signaal";
                        spoed: boolean;
                        spoedToelichting: string | null;
                        /** @enum {string} */
                        status: "nieuw" | "onderzoek" | "verwezen-preventie" | "aanvraag" | "afgesloten";
                        termijnen: {
                            dagenOver: number | null;
                            /** Format: date */
                            onderzoekUiterlijk: string | null;
                            /** Format: date */
                            persoonlijkPlanUiterlijk: string | null;
                            /**
                             * @description Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen.
                             * @enum {string|null}
                             */
                            status: "ruim" | "binnen-twee-weken" | "binnen-drie-werkdagen" | "verlopen" | null;
                            werkdagenOver: number | null;
                        };
                        triage: {
                            /** Format: date-time */
                            getrieerdOp: string | null;
                            toelichting: string | null;
                            toestemmingVerwijzing: boolean | null;
                            /** @enum {string} */
                            uitkomst: "informatie-advies" | "doorverwijzing" | "preventie" | "onderzoek";
                            verwezenOrganisatie: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            verwijzing: string | null;
                        } | null;
                        versie: number;
                        waarschuwingen: string[];
                        wijk: {
                            code: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOnderzoekVanMelding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        aanvraagMogelijk: "onderzoek-afgerond" | "termijn-verstreken" | null;
                        /** Format: date-time */
                        afgerondOp: string | null;
                        conclusie: {
                            advies: string | null;
                            /** @enum {string} */
                            ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                            samenvatting: string;
                            vervolg: string;
                        } | null;
                        gemeenteCode: string;
                        gesprekken: {
                            /** Format: date */
                            datum: string;
                            deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                            toelichting: string | null;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        meldingKenmerk: string;
                        onderzoekUiterlijk: string | null;
                        /** @description Wat nog ingevuld moet worden om af te ronden. */
                        ontbrekend: {
                            reden: string;
                            veld: string;
                        }[];
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlan: {
                            /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                            meegenomen?: string | null;
                            /** Format: date */
                            ontvangenOp?: string | null;
                            /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                            samenvatting?: string | null;
                        } | null;
                        stappen: {
                            afwegingen?: {
                                eigenKracht?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                gebruikelijkeHulp?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                mantelzorg?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                sociaalNetwerk?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                voorzieningen?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                            };
                            benodigdeHulp?: {
                                omvang?: string | null;
                                soort?: string | null;
                            };
                            beperkingen?: {
                                participatie?: string | null;
                                zelfredzaamheid?: string | null;
                            };
                            hulpvraag?: {
                                hulpvraag?: string | null;
                            };
                            maatwerk?: {
                                motivering?: string | null;
                                nodig?: boolean | null;
                                voorziening?: string | null;
                            };
                        };
                        /** @enum {string} */
                        status: "concept" | "afgerond";
                        versie: number;
                        verslag: {
                            akkoord: boolean | null;
                            /** Format: uuid */
                            documentId: string | null;
                            reactie: string | null;
                            reactieOntvangenOp: string | null;
                            verstuurdOp: string | null;
                            wijze: string | null;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOntvangstbevestiging: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het document (application/pdf). */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeldingTijdlijn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                        door: string | null;
                        id: number;
                        omschrijving: string;
                        /** Format: date-time */
                        tijdstip: string;
                        type: string;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeldingTriage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    behandelaarId?: string | null;
                    toelichting?: string | null;
                    toestemmingVerwijzing?: boolean | null;
                    /** @enum {string} */
                    uitkomst: "informatie-advies" | "doorverwijzing" | "preventie" | "onderzoek";
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    /** Format: uuid */
                    verwezenOrganisatieId?: string | null;
                    /** @description De voorliggende of algemene voorziening bij een doorverwijzing. */
                    verwijzing?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        behandelaar: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        clientondersteuningAangeboden: boolean;
                        clientondersteuningGeaccepteerd: boolean | null;
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        documenten: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            bestandsnaam: string;
                            /** @description Waarom het maken mislukte; alleen bij status mislukt. */
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            soort: string;
                            /**
                             * @description Brieven worden na het vastleggen gemaakt (ADR 0020): te-maken, gemaakt of mislukt.
                             * @enum {string}
                             */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        }[];
                        gemeenteCode: string;
                        /** Format: uuid */
                        huishoudenId: string;
                        hulpvraag: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kanaal: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                        kenmerk: string;
                        ladderUitkomst: string | null;
                        leefgebieden: string[];
                        melder: {
                            naam: string | null;
                            organisatie: string | null;
                            telefoon: string | null;
                            /** @enum {string} */
                            type: "inwoner" | "familielid" | "professional" | "anders";
                        };
                        nummer: number;
                        ontvangstdatum: string;
                        persoon: {
                            bsn: string | null;
                            geboortedatum: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlanOntvangenOp: string | null;
                        /** @enum {string} */
                        soort: "melding" | "informatievraag" | "signaal";
                        spoed: boolean;
                        spoedToelichting: string | null;
                        /** @enum {string} */
                        status: "nieuw" | "onderzoek" | "verwezen-preventie" | "aanvraag" | "afgesloten";
                        termijnen: {
                            dagenOver: number | null;
                            /** Format: date */
                            onderzoekUiterlijk: string | null;
                            /** Format: date */
                            persoonlijkPlanUiterlijk: string | null;
                            /**
                             * @description Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen.
                             * @enum {string|null}
                             */
                            status: "ruim" | "binnen-twee-weken" | "binnen-drie-werkdagen" | "verlopen" | null;
                            werkdagenOver: number | null;
                        };
                        triage: {
                            /** Format: date-time */
                            getrieerdOp: string | null;
                            toelichting: string | null;
                            toestemmingVerwijzing: boolean | null;
                            /** @enum {string} */
                            uitkomst: "informatie-advies" | "doorverwijzing" | "preventie" | "onderzoek";
                            verwezenOrganisatie: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            verwijzing: string | null;
                        } | null;
                        versie: number;
                        waarschuwingen: string[];
                        wijk: {
                            code: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringAflopendeVoorzieningen: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                maanden?: number;
                productcategorie?: string;
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
                /** @description Eerste maand (standaard: deze maand). */
                vanaf?: string;
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringConversie: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
                /** @description Laatste maand (standaard: deze maand). */
                tot?: string;
                /** @description Eerste maand (standaard: twaalf maanden geleden). */
                van?: string;
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringDoorlooptijden: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
                /** @description Laatste maand (standaard: deze maand). */
                tot?: string;
                /** @description Eerste maand (standaard: twaalf maanden geleden). */
                van?: string;
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringFormatie: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                /** @description Wat-als: looptijden van nieuwe beschikkingen in maanden, met optioneel gewicht (12:1,24:1,36:1). */
                looptijden?: string;
                maanden?: number;
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
                vanaf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringHerindicatieprognose: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                /** @description Deel van de aflopende voorzieningen dat opnieuw wordt toegekend (standaard: zoals het afgelopen jaar). */
                herindicatieAandeel?: number;
                /** @description Wat-als: looptijden van nieuwe beschikkingen in maanden, met optioneel gewicht (12:1,24:1,36:1). */
                looptijden?: string;
                maanden?: number;
                productcategorie?: string;
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
                /** @description Eerste maand (standaard: deze maand). */
                vanaf?: string;
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringInstroom: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
                /** @description Laatste maand (standaard: deze maand). */
                tot?: string;
                /** @description Eerste maand (standaard: twaalf maanden geleden). */
                van?: string;
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKerncijfers: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                jaar: number;
                /** @description Alleen deze maten, komma-gescheiden. clienten,geldige_beschikkingen,afgegeven_beschikkingen geeft de kolommen en rijen van de bijlage Kerncijfers. */
                maten?: string;
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gemeente: {
                            code: string;
                            naam: string;
                        };
                        jaar: number;
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                        totalen: {
                            afgegevenBeschikkingen: (string | number) | null;
                            clienten: (string | number) | null;
                            geldigeBeschikkingen: (string | number) | null;
                            uniekeClienten: (string | number) | null;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringLadder: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                periode?: "maand" | "kwartaal" | "jaar";
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
                /** @description Laatste maand (standaard: deze maand). */
                tot?: string;
                /** @description Eerste maand (standaard: twaalf maanden geleden). */
                van?: string;
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeamBelasting: {
        parameters: {
            query?: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeamTermijnen: {
        parameters: {
            query?: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringTermijnen: {
        parameters: {
            query: {
                /** @description Voor publicatie: aantallen onder deze drempel worden onderdrukt (standaard 5). */
                drempel?: number;
                /** @description Ook te kiezen met de Accept-header (text/csv of de XLSX-mediatype). */
                formaat?: "json" | "csv" | "xlsx";
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                /** @description true: voor publicatie, kleine aantallen onderdrukt. */
                publicatie?: "true" | "false";
                /** @description Laatste maand (standaard: deze maand). */
                tot?: string;
                /** @description Eerste maand (standaard: twaalf maanden geleden). */
                van?: string;
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kolommen: {
                            kop: string;
                            sleutel: string;
                            /** @description Een aantal personen of zaken: wordt voor publicatie onderdrukt. */
                            telling: boolean;
                        }[];
                        publicatie: boolean;
                        rijen: {
                            [key: string]: (string | number) | null;
                        }[];
                        titel: string;
                        toelichting: string[];
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUitgaven: {
        parameters: {
            query: {
                /** @description CBS-gemeentecode, bijvoorbeeld 0150 (Deventer). */
                gemeente: string;
                /** @description Begrotingsjaar. */
                jaar: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categorieen: {
                            /** @description Euro: de begroting die beleid heeft ingevoerd. */
                            begroot: number;
                            /** @description Euro: goedgekeurde declaraties (zin) plus toegekende pgb-budgetten. */
                            gerealiseerd: number;
                            naam: string;
                            productcategorie: string;
                            /** @description Euro: verwachte realisatie aan het einde van het jaar (docs/declaraties.md). */
                            prognose: number;
                            /** @description Euro: toewijzingen × contracttarief over hun dagen in het jaar (plus pgb-budgetten). */
                            verplicht: number;
                        }[];
                        gemeente: string;
                        jaar: number;
                        kostenPerClient: {
                            /** @description Inwoners met een goedgekeurde declaratie of pgb in het jaar. */
                            clienten: number;
                            gerealiseerd: number;
                            perClient: number | null;
                        };
                        /** @description Laatste dag waarover goedgekeurde declaraties zijn. */
                        peildatum: string | null;
                        perAanbieder: {
                            gerealiseerd: number;
                            naam: string;
                            verplicht: number;
                        }[];
                        perWijk: {
                            gerealiseerd: number;
                            naam: string;
                            verplicht: number;
                        }[];
                        totaal: {
                            /** @description Euro: de begroting die beleid heeft ingevoerd. */
                            begroot: number;
                            /** @description Euro: goedgekeurde declaraties (zin) plus toegekende pgb-budgetten. */
                            gerealiseerd: number;
                            /** @description Euro: verwachte realisatie aan het einde van het jaar (docs/declaraties.md). */
                            prognose: number;
                            /** @description Euro: toewijzingen × contracttarief over hun dagen in het jaar (plus pgb-budgetten). */
                            verplicht: number;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOnderzoek: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    meldingId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        aanvraagMogelijk: "onderzoek-afgerond" | "termijn-verstreken" | null;
                        /** Format: date-time */
                        afgerondOp: string | null;
                        conclusie: {
                            advies: string | null;
                            /** @enum {string} */
                            ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                            samenvatting: string;
                            vervolg: string;
                        } | null;
                        gemeenteCode: string;
                        gesprekken: {
                            /** Format: date */
                            datum: string;
                            deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                            toelichting: string | null;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        meldingKenmerk: string;
                        onderzoekUiterlijk: string | null;
                        /** @description Wat nog ingevuld moet worden om af te ronden. */
                        ontbrekend: {
                            reden: string;
                            veld: string;
                        }[];
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlan: {
                            /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                            meegenomen?: string | null;
                            /** Format: date */
                            ontvangenOp?: string | null;
                            /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                            samenvatting?: string | null;
                        } | null;
                        stappen: {
                            afwegingen?: {
                                eigenKracht?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                gebruikelijkeHulp?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                mantelzorg?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                sociaalNetwerk?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                voorzieningen?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                            };
                            benodigdeHulp?: {
                                omvang?: string | null;
                                soort?: string | null;
                            };
                            beperkingen?: {
                                participatie?: string | null;
                                zelfredzaamheid?: string | null;
                            };
                            hulpvraag?: {
                                hulpvraag?: string | null;
                            };
                            maatwerk?: {
                                motivering?: string | null;
                                nodig?: boolean | null;
                                voorziening?: string | null;
                            };
                        };
                        /** @enum {string} */
                        status: "concept" | "afgerond";
                        versie: number;
                        verslag: {
                            akkoord: boolean | null;
                            /** Format: uuid */
                            documentId: string | null;
                            reactie: string | null;
                            reactieOntvangenOp: string | null;
                            verstuurdOp: string | null;
                            wijze: string | null;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOnderzoek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        aanvraagMogelijk: "onderzoek-afgerond" | "termijn-verstreken" | null;
                        /** Format: date-time */
                        afgerondOp: string | null;
                        conclusie: {
                            advies: string | null;
                            /** @enum {string} */
                            ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                            samenvatting: string;
                            vervolg: string;
                        } | null;
                        gemeenteCode: string;
                        gesprekken: {
                            /** Format: date */
                            datum: string;
                            deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                            toelichting: string | null;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        meldingKenmerk: string;
                        onderzoekUiterlijk: string | null;
                        /** @description Wat nog ingevuld moet worden om af te ronden. */
                        ontbrekend: {
                            reden: string;
                            veld: string;
                        }[];
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlan: {
                            /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                            meegenomen?: string | null;
                            /** Format: date */
                            ontvangenOp?: string | null;
                            /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                            samenvatting?: string | null;
                        } | null;
                        stappen: {
                            afwegingen?: {
                                eigenKracht?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                gebruikelijkeHulp?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                mantelzorg?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                sociaalNetwerk?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                voorzieningen?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                            };
                            benodigdeHulp?: {
                                omvang?: string | null;
                                soort?: string | null;
                            };
                            beperkingen?: {
                                participatie?: string | null;
                                zelfredzaamheid?: string | null;
                            };
                            hulpvraag?: {
                                hulpvraag?: string | null;
                            };
                            maatwerk?: {
                                motivering?: string | null;
                                nodig?: boolean | null;
                                voorziening?: string | null;
                            };
                        };
                        /** @enum {string} */
                        status: "concept" | "afgerond";
                        versie: number;
                        verslag: {
                            akkoord: boolean | null;
                            /** Format: uuid */
                            documentId: string | null;
                            reactie: string | null;
                            reactieOntvangenOp: string | null;
                            verstuurdOp: string | null;
                            wijze: string | null;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOnderzoek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    persoonlijkPlan?: {
                        /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                        meegenomen?: string | null;
                        /** Format: date */
                        ontvangenOp?: string | null;
                        /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                        samenvatting?: string | null;
                    };
                    stappen?: {
                        afwegingen?: {
                            eigenKracht?: {
                                motivering?: string | null;
                                /** @enum {string|null} */
                                oplossing?: "ja" | "deels" | "nee" | null;
                            };
                            gebruikelijkeHulp?: {
                                motivering?: string | null;
                                /** @enum {string|null} */
                                oplossing?: "ja" | "deels" | "nee" | null;
                            };
                            mantelzorg?: {
                                motivering?: string | null;
                                /** @enum {string|null} */
                                oplossing?: "ja" | "deels" | "nee" | null;
                            };
                            sociaalNetwerk?: {
                                motivering?: string | null;
                                /** @enum {string|null} */
                                oplossing?: "ja" | "deels" | "nee" | null;
                            };
                            voorzieningen?: {
                                motivering?: string | null;
                                /** @enum {string|null} */
                                oplossing?: "ja" | "deels" | "nee" | null;
                            };
                        };
                        benodigdeHulp?: {
                            omvang?: string | null;
                            soort?: string | null;
                        };
                        beperkingen?: {
                            participatie?: string | null;
                            zelfredzaamheid?: string | null;
                        };
                        hulpvraag?: {
                            hulpvraag?: string | null;
                        };
                        maatwerk?: {
                            motivering?: string | null;
                            nodig?: boolean | null;
                            voorziening?: string | null;
                        };
                    };
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        aanvraagMogelijk: "onderzoek-afgerond" | "termijn-verstreken" | null;
                        /** Format: date-time */
                        afgerondOp: string | null;
                        conclusie: {
                            advies: string | null;
                            /** @enum {string} */
                            ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                            samenvatting: string;
                            vervolg: string;
                        } | null;
                        gemeenteCode: string;
                        gesprekken: {
                            /** Format: date */
                            datum: string;
                            deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                            toelichting: string | null;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        meldingKenmerk: string;
                        onderzoekUiterlijk: string | null;
                        /** @description Wat nog ingevuld moet worden om af te ronden. */
                        ontbrekend: {
                            reden: string;
                            veld: string;
                        }[];
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlan: {
                            /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                            meegenomen?: string | null;
                            /** Format: date */
                            ontvangenOp?: string | null;
                            /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                            samenvatting?: string | null;
                        } | null;
                        stappen: {
                            afwegingen?: {
                                eigenKracht?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                gebruikelijkeHulp?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                mantelzorg?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                sociaalNetwerk?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                voorzieningen?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                            };
                            benodigdeHulp?: {
                                omvang?: string | null;
                                soort?: string | null;
                            };
                            beperkingen?: {
                                participatie?: string | null;
                                zelfredzaamheid?: string | null;
                            };
                            hulpvraag?: {
                                hulpvraag?: string | null;
                            };
                            maatwerk?: {
                                motivering?: string | null;
                                nodig?: boolean | null;
                                voorziening?: string | null;
                            };
                        };
                        /** @enum {string} */
                        status: "concept" | "afgerond";
                        versie: number;
                        verslag: {
                            akkoord: boolean | null;
                            /** Format: uuid */
                            documentId: string | null;
                            reactie: string | null;
                            reactieOntvangenOp: string | null;
                            verstuurdOp: string | null;
                            wijze: string | null;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOnderzoekAfronding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    advies?: string | null;
                    /** @enum {string} */
                    ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                    /** @default  */
                    samenvatting?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    /** @default  */
                    vervolg?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        aanvraagMogelijk: "onderzoek-afgerond" | "termijn-verstreken" | null;
                        /** Format: date-time */
                        afgerondOp: string | null;
                        conclusie: {
                            advies: string | null;
                            /** @enum {string} */
                            ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                            samenvatting: string;
                            vervolg: string;
                        } | null;
                        gemeenteCode: string;
                        gesprekken: {
                            /** Format: date */
                            datum: string;
                            deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                            toelichting: string | null;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        meldingKenmerk: string;
                        onderzoekUiterlijk: string | null;
                        /** @description Wat nog ingevuld moet worden om af te ronden. */
                        ontbrekend: {
                            reden: string;
                            veld: string;
                        }[];
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlan: {
                            /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                            meegenomen?: string | null;
                            /** Format: date */
                            ontvangenOp?: string | null;
                            /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                            samenvatting?: string | null;
                        } | null;
                        stappen: {
                            afwegingen?: {
                                eigenKracht?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                gebruikelijkeHulp?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                mantelzorg?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                sociaalNetwerk?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                voorzieningen?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                            };
                            benodigdeHulp?: {
                                omvang?: string | null;
                                soort?: string | null;
                            };
                            beperkingen?: {
                                participatie?: string | null;
                                zelfredzaamheid?: string | null;
                            };
                            hulpvraag?: {
                                hulpvraag?: string | null;
                            };
                            maatwerk?: {
                                motivering?: string | null;
                                nodig?: boolean | null;
                                voorziening?: string | null;
                            };
                        };
                        /** @enum {string} */
                        status: "concept" | "afgerond";
                        versie: number;
                        verslag: {
                            akkoord: boolean | null;
                            /** Format: uuid */
                            documentId: string | null;
                            reactie: string | null;
                            reactieOntvangenOp: string | null;
                            verstuurdOp: string | null;
                            wijze: string | null;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postGesprek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    datum: string;
                    deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                    /** @enum {string} */
                    locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                    toelichting?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        aanvraagMogelijk: "onderzoek-afgerond" | "termijn-verstreken" | null;
                        /** Format: date-time */
                        afgerondOp: string | null;
                        conclusie: {
                            advies: string | null;
                            /** @enum {string} */
                            ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                            samenvatting: string;
                            vervolg: string;
                        } | null;
                        gemeenteCode: string;
                        gesprekken: {
                            /** Format: date */
                            datum: string;
                            deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                            toelichting: string | null;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        meldingKenmerk: string;
                        onderzoekUiterlijk: string | null;
                        /** @description Wat nog ingevuld moet worden om af te ronden. */
                        ontbrekend: {
                            reden: string;
                            veld: string;
                        }[];
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlan: {
                            /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                            meegenomen?: string | null;
                            /** Format: date */
                            ontvangenOp?: string | null;
                            /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                            samenvatting?: string | null;
                        } | null;
                        stappen: {
                            afwegingen?: {
                                eigenKracht?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                gebruikelijkeHulp?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                mantelzorg?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                sociaalNetwerk?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                voorzieningen?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                            };
                            benodigdeHulp?: {
                                omvang?: string | null;
                                soort?: string | null;
                            };
                            beperkingen?: {
                                participatie?: string | null;
                                zelfredzaamheid?: string | null;
                            };
                            hulpvraag?: {
                                hulpvraag?: string | null;
                            };
                            maatwerk?: {
                                motivering?: string | null;
                                nodig?: boolean | null;
                                voorziening?: string | null;
                            };
                        };
                        /** @enum {string} */
                        status: "concept" | "afgerond";
                        versie: number;
                        verslag: {
                            akkoord: boolean | null;
                            /** Format: uuid */
                            documentId: string | null;
                            reactie: string | null;
                            reactieOntvangenOp: string | null;
                            verstuurdOp: string | null;
                            wijze: string | null;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReactieOpVerslag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    akkoord: boolean;
                    /** Format: date */
                    ontvangenOp: string;
                    reactie: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        aanvraagMogelijk: "onderzoek-afgerond" | "termijn-verstreken" | null;
                        /** Format: date-time */
                        afgerondOp: string | null;
                        conclusie: {
                            advies: string | null;
                            /** @enum {string} */
                            ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                            samenvatting: string;
                            vervolg: string;
                        } | null;
                        gemeenteCode: string;
                        gesprekken: {
                            /** Format: date */
                            datum: string;
                            deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                            toelichting: string | null;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        meldingKenmerk: string;
                        onderzoekUiterlijk: string | null;
                        /** @description Wat nog ingevuld moet worden om af te ronden. */
                        ontbrekend: {
                            reden: string;
                            veld: string;
                        }[];
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlan: {
                            /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                            meegenomen?: string | null;
                            /** Format: date */
                            ontvangenOp?: string | null;
                            /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                            samenvatting?: string | null;
                        } | null;
                        stappen: {
                            afwegingen?: {
                                eigenKracht?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                gebruikelijkeHulp?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                mantelzorg?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                sociaalNetwerk?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                voorzieningen?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                            };
                            benodigdeHulp?: {
                                omvang?: string | null;
                                soort?: string | null;
                            };
                            beperkingen?: {
                                participatie?: string | null;
                                zelfredzaamheid?: string | null;
                            };
                            hulpvraag?: {
                                hulpvraag?: string | null;
                            };
                            maatwerk?: {
                                motivering?: string | null;
                                nodig?: boolean | null;
                                voorziening?: string | null;
                            };
                        };
                        /** @enum {string} */
                        status: "concept" | "afgerond";
                        versie: number;
                        verslag: {
                            akkoord: boolean | null;
                            /** Format: uuid */
                            documentId: string | null;
                            reactie: string | null;
                            reactieOntvangenOp: string | null;
                            verstuurdOp: string | null;
                            wijze: string | null;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVerslag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het document (application/pdf). */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVerslagVerzending: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    /** Format: date */
                    verstuurdOp: string;
                    /** @enum {string} */
                    wijze: "post" | "email" | "uitgereikt" | "digitaal";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        aanvraagMogelijk: "onderzoek-afgerond" | "termijn-verstreken" | null;
                        /** Format: date-time */
                        afgerondOp: string | null;
                        conclusie: {
                            advies: string | null;
                            /** @enum {string} */
                            ladderUitkomst: "advies-doorverwijzing" | "collectief-preventie" | "maatwerk";
                            samenvatting: string;
                            vervolg: string;
                        } | null;
                        gemeenteCode: string;
                        gesprekken: {
                            /** Format: date */
                            datum: string;
                            deelnemers: ("inwoner" | "familielid" | "mantelzorger" | "clientondersteuner" | "tolk" | "anders")[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locatie: "thuis" | "wijklocatie" | "telefonisch" | "video" | "anders";
                            toelichting: string | null;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        meldingId: string;
                        meldingKenmerk: string;
                        onderzoekUiterlijk: string | null;
                        /** @description Wat nog ingevuld moet worden om af te ronden. */
                        ontbrekend: {
                            reden: string;
                            veld: string;
                        }[];
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        persoonlijkPlan: {
                            /** @description Hoe het persoonlijk plan in het onderzoek is meegenomen (Wmo 2.3.2 lid 2). */
                            meegenomen?: string | null;
                            /** Format: date */
                            ontvangenOp?: string | null;
                            /** @description Wat de inwoner in zijn persoonlijk plan schrijft. */
                            samenvatting?: string | null;
                        } | null;
                        stappen: {
                            afwegingen?: {
                                eigenKracht?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                gebruikelijkeHulp?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                mantelzorg?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                sociaalNetwerk?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                                voorzieningen?: {
                                    motivering?: string | null;
                                    /** @enum {string|null} */
                                    oplossing?: "ja" | "deels" | "nee" | null;
                                };
                            };
                            benodigdeHulp?: {
                                omvang?: string | null;
                                soort?: string | null;
                            };
                            beperkingen?: {
                                participatie?: string | null;
                                zelfredzaamheid?: string | null;
                            };
                            hulpvraag?: {
                                hulpvraag?: string | null;
                            };
                            maatwerk?: {
                                motivering?: string | null;
                                nodig?: boolean | null;
                                voorziening?: string | null;
                            };
                        };
                        /** @enum {string} */
                        status: "concept" | "afgerond";
                        versie: number;
                        verslag: {
                            akkoord: boolean | null;
                            /** Format: uuid */
                            documentId: string | null;
                            reactie: string | null;
                            reactieOntvangenOp: string | null;
                            verstuurdOp: string | null;
                            wijze: string | null;
                        };
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOpenbareProjecten: {
        parameters: {
            query: {
                gemeente: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aspecten: {
                            aspect: string;
                            reeks: {
                                /** Format: date */
                                rapportagedatum: string;
                                /** @enum {string|null} */
                                status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            }[];
                            /** @enum {string|null} */
                            status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            statusTekst: string;
                            titel: string;
                            /** @enum {string} */
                            trend: "beter" | "gelijk" | "slechter" | "eerste" | "onbekend";
                            trendTekst: string;
                        }[];
                        hoofdproject: string | null;
                        /** Format: uuid */
                        id: string;
                        laatste: {
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** @description Pad van de gepubliceerde pagina. */
                            pagina: string;
                            pdf: string;
                            /** Format: date */
                            rapportagedatum: string;
                        };
                        naam: string;
                        portefeuillehouder: string;
                        /** @enum {string|null} */
                        projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                        publicaties: {
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                            /** Format: date */
                            rapportagedatum: string;
                        }[];
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisaties: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agbCode: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** @enum {string} */
                        soort: "gemeente" | "partner" | "aanbieder" | "overig";
                        versie: number;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrganisatie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agbCode?: string | null;
                    gemeenteCode: string;
                    naam: string;
                    /** @enum {string} */
                    soort: "gemeente" | "partner" | "aanbieder" | "overig";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agbCode: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** @enum {string} */
                        soort: "gemeente" | "partner" | "aanbieder" | "overig";
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrganisatie: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agbCode?: string | null;
                    naam?: string;
                    /** @enum {string} */
                    soort?: "gemeente" | "partner" | "aanbieder" | "overig";
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agbCode: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** @enum {string} */
                        soort: "gemeente" | "partner" | "aanbieder" | "overig";
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    zoekPersonen: {
        parameters: {
            query: {
                geboortedatum?: string;
                zoek: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adres: string | null;
                        bsn: string | null;
                        geboortedatum: string;
                        gemeenteCode: string;
                        /** Format: uuid */
                        huishoudenId: string | null;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        openMeldingen: number;
                        wijk: {
                            code: string;
                            naam: string;
                        } | null;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPersoon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    achternaam: string;
                    adres?: {
                        huisnummer: number;
                        huisnummertoevoeging?: string | null;
                        postcode: string;
                        straat: string;
                        woonplaats: string;
                    } | null;
                    bsn?: string | null;
                    /** @description Bijvoorbeeld tolk, doventolk, eenvoudige taal, brief in grote letters. */
                    communicatiebehoeften?: string | null;
                    /** Format: email */
                    email?: string | null;
                    /** Format: date */
                    geboortedatum: string;
                    /** @description Standaard de gemeente van de medewerker. */
                    gemeenteCode?: string;
                    /**
                     * @default onbekend
                     * @enum {string}
                     */
                    geslacht?: "man" | "vrouw" | "anders" | "onbekend";
                    huishouden?: {
                        /**
                         * Format: uuid
                         * @description Voeg toe aan dit bestaande huishouden; anders een nieuw huishouden.
                         */
                        huishoudenId: string;
                        /** @enum {string} */
                        relatie: "referentiepersoon" | "partner" | "kind" | "ouder" | "overig";
                    };
                    /** @description Voorkeurstaal als die niet Nederlands is. */
                    taal?: string | null;
                    telefoon?: string | null;
                    tussenvoegsel?: string | null;
                    voornamen?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        achternaam: string;
                        adres: {
                            huisnummer: number;
                            huisnummertoevoeging: string | null;
                            postcode: string;
                            straat: string;
                            woonplaats: string;
                        } | null;
                        bsn: string | null;
                        communicatiebehoeften: string | null;
                        email: string | null;
                        geboortedatum: string;
                        gemeenteCode: string;
                        /** @enum {string} */
                        geslacht: "man" | "vrouw" | "anders" | "onbekend";
                        /** Format: uuid */
                        huishoudenId: string | null;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        taal: string | null;
                        telefoon: string | null;
                        tussenvoegsel: string | null;
                        versie: number;
                        voornamen: string | null;
                        wijk: {
                            code: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPersoon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        achternaam: string;
                        adres: {
                            huisnummer: number;
                            huisnummertoevoeging: string | null;
                            postcode: string;
                            straat: string;
                            woonplaats: string;
                        } | null;
                        bsn: string | null;
                        communicatiebehoeften: string | null;
                        email: string | null;
                        geboortedatum: string;
                        gemeenteCode: string;
                        /** @enum {string} */
                        geslacht: "man" | "vrouw" | "anders" | "onbekend";
                        /** Format: uuid */
                        huishoudenId: string | null;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        taal: string | null;
                        telefoon: string | null;
                        tussenvoegsel: string | null;
                        versie: number;
                        voornamen: string | null;
                        wijk: {
                            code: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPersoon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    achternaam?: string;
                    adres?: {
                        huisnummer: number;
                        huisnummertoevoeging?: string | null;
                        postcode: string;
                        straat: string;
                        woonplaats: string;
                    } | null;
                    bsn?: string | null;
                    /** @description Bijvoorbeeld tolk, doventolk, eenvoudige taal, brief in grote letters. */
                    communicatiebehoeften?: string | null;
                    /** Format: email */
                    email?: string | null;
                    /** Format: date */
                    geboortedatum?: string;
                    /**
                     * @default onbekend
                     * @enum {string}
                     */
                    geslacht?: "man" | "vrouw" | "anders" | "onbekend";
                    /** @description Voorkeurstaal als die niet Nederlands is. */
                    taal?: string | null;
                    telefoon?: string | null;
                    tussenvoegsel?: string | null;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    voornamen?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        achternaam: string;
                        adres: {
                            huisnummer: number;
                            huisnummertoevoeging: string | null;
                            postcode: string;
                            straat: string;
                            woonplaats: string;
                        } | null;
                        bsn: string | null;
                        communicatiebehoeften: string | null;
                        email: string | null;
                        geboortedatum: string;
                        gemeenteCode: string;
                        /** @enum {string} */
                        geslacht: "man" | "vrouw" | "anders" | "onbekend";
                        /** Format: uuid */
                        huishoudenId: string | null;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        taal: string | null;
                        telefoon: string | null;
                        tussenvoegsel: string | null;
                        versie: number;
                        voornamen: string | null;
                        wijk: {
                            code: string;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBeschikkingenVanPersoon: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        besluitdatum: string | null;
                        /** Format: uuid */
                        id: string;
                        kenmerk: string;
                        /** @enum {string} */
                        soort: "besluit" | "wijziging" | "intrekking" | "herindicatie";
                        /** @enum {string} */
                        status: "concept" | "vastgesteld";
                        voorzieningen: {
                            /** @enum {string} */
                            besluit: "toekenning" | "afwijzing";
                            /** @description Het effectieve einde: ook een beëindiging door een latere beschikking. */
                            einddatum: string | null;
                            /** Format: uuid */
                            id: string;
                            ingangsdatum: string | null;
                            /** @enum {string|null} */
                            leveringsvorm: "zin" | "pgb" | null;
                            product: string | null;
                            productcategorie: string;
                            productcategorieNaam: string;
                        }[];
                        /** Format: uuid */
                        vorigeBeschikkingId: string | null;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listZrmScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gescoordDoor: string | null;
                        gescoordOp: string;
                        /** Format: uuid */
                        id: string;
                        leefgebied: string;
                        /** Format: uuid */
                        onderzoekId: string | null;
                        score: number;
                        toelichting: string | null;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postZrmScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    gescoordOp: string;
                    /** Format: uuid */
                    onderzoekId?: string | null;
                    scores: {
                        leefgebied: string;
                        score: number;
                        toelichting?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gescoordDoor: string | null;
                        gescoordOp: string;
                        /** Format: uuid */
                        id: string;
                        leefgebied: string;
                        /** Format: uuid */
                        onderzoekId: string | null;
                        score: number;
                        toelichting: string | null;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPlanActie: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    omschrijving?: string;
                    /** @enum {string} */
                    status?: "open" | "gestart" | "afgerond";
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        doelen: {
                            acties: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                loket: "wmo" | "jeugd-gezinscoach" | "werk-participatie" | "inkomen" | "schuldhulpverlening" | "beschermd-wonen" | null;
                                omschrijving: string;
                                organisatie: {
                                    /** Format: uuid */
                                    id: string;
                                    naam: string;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "gestart" | "afgerond";
                                /** @enum {string} */
                                uitvoerder: "inwoner" | "netwerk" | "partner" | "loket";
                                versie: number;
                            }[];
                            evaluatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            leefgebied: string;
                            meetbaar: string;
                            persoon: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @enum {string|null} */
                            uitkomst: "behaald" | "deels" | "niet" | null;
                            uitkomstToelichting: string | null;
                            versie: number;
                            wanneer: string;
                            wat: string;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        huishoudenNaam: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPlanDoel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    evaluatiedatum?: string | null;
                    leefgebied?: string;
                    meetbaar?: string;
                    /**
                     * Format: uuid
                     * @description Het lid van het huishouden om wie het gaat; leeg = het hele huishouden.
                     */
                    persoonId?: string | null;
                    /** @enum {string|null} */
                    uitkomst?: "behaald" | "deels" | "niet" | null;
                    uitkomstToelichting?: string | null;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    /**
                     * Format: date
                     * @description Wanneer het doel bereikt moet zijn.
                     */
                    wanneer?: string;
                    wat?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        doelen: {
                            acties: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                loket: "wmo" | "jeugd-gezinscoach" | "werk-participatie" | "inkomen" | "schuldhulpverlening" | "beschermd-wonen" | null;
                                omschrijving: string;
                                organisatie: {
                                    /** Format: uuid */
                                    id: string;
                                    naam: string;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "gestart" | "afgerond";
                                /** @enum {string} */
                                uitvoerder: "inwoner" | "netwerk" | "partner" | "loket";
                                versie: number;
                            }[];
                            evaluatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            leefgebied: string;
                            meetbaar: string;
                            persoon: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @enum {string|null} */
                            uitkomst: "behaald" | "deels" | "niet" | null;
                            uitkomstToelichting: string | null;
                            versie: number;
                            wanneer: string;
                            wat: string;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        huishoudenNaam: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPlanActie: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string|null} */
                    loket?: "wmo" | "jeugd-gezinscoach" | "werk-participatie" | "inkomen" | "schuldhulpverlening" | "beschermd-wonen" | null;
                    omschrijving: string;
                    /** Format: uuid */
                    organisatieId?: string | null;
                    /** @enum {string} */
                    uitvoerder: "inwoner" | "netwerk" | "partner" | "loket";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactpersoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        doelen: {
                            acties: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                loket: "wmo" | "jeugd-gezinscoach" | "werk-participatie" | "inkomen" | "schuldhulpverlening" | "beschermd-wonen" | null;
                                omschrijving: string;
                                organisatie: {
                                    /** Format: uuid */
                                    id: string;
                                    naam: string;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "gestart" | "afgerond";
                                /** @enum {string} */
                                uitvoerder: "inwoner" | "netwerk" | "partner" | "loket";
                                versie: number;
                            }[];
                            evaluatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            leefgebied: string;
                            meetbaar: string;
                            persoon: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @enum {string|null} */
                            uitkomst: "behaald" | "deels" | "niet" | null;
                            uitkomstToelichting: string | null;
                            versie: number;
                            wanneer: string;
                            wat: string;
                        }[];
                        /** Format: uuid */
                        huishoudenId: string;
                        huishoudenNaam: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPostcodegebieden: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        postcodeTot: string;
                        postcodeVan: string;
                        versie: number;
                        /** Format: uuid */
                        wijkId: string;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPostcodegebied: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gemeenteCode: string;
                    postcodeTot: string;
                    postcodeVan: string;
                    /** Format: uuid */
                    wijkId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        postcodeTot: string;
                        postcodeVan: string;
                        versie: number;
                        /** Format: uuid */
                        wijkId: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchPostcodegebied: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    postcodeTot?: string;
                    postcodeVan?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                    /** Format: uuid */
                    wijkId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        postcodeTot: string;
                        postcodeVan: string;
                        versie: number;
                        /** Format: uuid */
                        wijkId: string;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducten: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanbieders: {
                            agbCode: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        actief: boolean;
                        eenheid: string;
                        frequentie: string;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        pgbTarief: number | null;
                        productcategorie: string;
                        productcategorieNaam: string;
                        productcode: string | null;
                        tarief: number;
                        versie: number;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    aanbiederIds?: string[];
                    /**
                     * @description iWmo WJ756.
                     * @enum {string}
                     */
                    eenheid: "14" | "16" | "82" | "83" | "84" | "01" | "04";
                    /**
                     * @description iWmo WMO757.
                     * @enum {string}
                     */
                    frequentie: "1" | "2" | "4" | "6";
                    gemeenteCode: string;
                    naam: string;
                    pgbTarief?: number | null;
                    /**
                     * @description iWmo WMO020.
                     * @enum {string}
                     */
                    productcategorie: "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09";
                    productcode?: string | null;
                    tarief: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanbieders: {
                            agbCode: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        actief: boolean;
                        eenheid: string;
                        frequentie: string;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        pgbTarief: number | null;
                        productcategorie: string;
                        productcategorieNaam: string;
                        productcode: string | null;
                        tarief: number;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aanbiederIds?: string[];
                    actief?: boolean;
                    naam?: string;
                    pgbTarief?: number | null;
                    tarief?: number;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanbieders: {
                            agbCode: string | null;
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        actief: boolean;
                        eenheid: string;
                        frequentie: string;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        pgbTarief: number | null;
                        productcategorie: string;
                        productcategorieNaam: string;
                        productcode: string | null;
                        tarief: number;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProjecten: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalRapportages: number;
                        ambtelijkOpdrachtgever: string;
                        gemeenteCode: string;
                        hoofdproject: string | null;
                        /** Format: uuid */
                        hoofdprojectId: string | null;
                        /** Format: uuid */
                        id: string;
                        laatsteRapportage: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        } | null;
                        naam: string;
                        omschrijving: string;
                        portefeuillehouder: string;
                        programma: string;
                        projectleider: string;
                        versie: number;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    ambtelijkOpdrachtgever?: string;
                    /** @description Standaard de gemeente van uw account. */
                    gemeenteCode?: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    hoofdprojectId?: string | null;
                    naam: string;
                    /** @default  */
                    omschrijving?: string;
                    /** @default  */
                    portefeuillehouder?: string;
                    /** @default  */
                    programma?: string;
                    /** @default  */
                    projectleider?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalRapportages: number;
                        ambtelijkOpdrachtgever: string;
                        budgetregels: {
                            /** @description null = p.m. */
                            bedrag: number | null;
                            /** @default  */
                            dekking: string;
                            /** Format: uuid */
                            id: string;
                            jaar: number;
                            post: string;
                            /**
                             * @default investering
                             * @enum {string}
                             */
                            soort: "investering" | "exploitatie";
                        }[];
                        budgettotalen: {
                            jaar: number;
                            pmPosten: number;
                            /** @enum {string} */
                            soort: "investering" | "exploitatie";
                            totaal: number;
                        }[];
                        deelprojecten: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        gemeenteCode: string;
                        hoofdproject: string | null;
                        /** Format: uuid */
                        hoofdprojectId: string | null;
                        /** Format: uuid */
                        id: string;
                        laatsteRapportage: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        } | null;
                        mijlpalen: {
                            /** @default  */
                            besluitorgaan: string;
                            /** @default  */
                            fase: string;
                            /** Format: date */
                            gereedOp: string | null;
                            /** Format: uuid */
                            id: string;
                            omschrijving: string;
                            /** @enum {string} */
                            stand: "gereed" | "verlopen" | "gepland" | "zonder-datum";
                            /** Format: date */
                            streefdatum: string | null;
                            /** @default  */
                            toelichting: string;
                        }[];
                        naam: string;
                        omschrijving: string;
                        portefeuillehouder: string;
                        programma: string;
                        projectleider: string;
                        rapportages: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        }[];
                        risicos: {
                            /** @default  */
                            beheersmaatregel: string;
                            /** @default  */
                            eigenaar: string;
                            /** Format: uuid */
                            id: string;
                            impact: number;
                            kans: number;
                            /** @enum {string} */
                            klasse: "laag" | "midden" | "hoog";
                            /** @default  */
                            ongewensteSituatie: string;
                            /** @default  */
                            oorzaak: string;
                            risico: string;
                            score: number;
                            /**
                             * @default open
                             * @enum {string}
                             */
                            status: "open" | "beheerst" | "opgetreden" | "vervallen";
                        }[];
                        variantvergelijkingen: {
                            /** Format: uuid */
                            id: string;
                            titel: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalRapportages: number;
                        ambtelijkOpdrachtgever: string;
                        budgetregels: {
                            /** @description null = p.m. */
                            bedrag: number | null;
                            /** @default  */
                            dekking: string;
                            /** Format: uuid */
                            id: string;
                            jaar: number;
                            post: string;
                            /**
                             * @default investering
                             * @enum {string}
                             */
                            soort: "investering" | "exploitatie";
                        }[];
                        budgettotalen: {
                            jaar: number;
                            pmPosten: number;
                            /** @enum {string} */
                            soort: "investering" | "exploitatie";
                            totaal: number;
                        }[];
                        deelprojecten: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        gemeenteCode: string;
                        hoofdproject: string | null;
                        /** Format: uuid */
                        hoofdprojectId: string | null;
                        /** Format: uuid */
                        id: string;
                        laatsteRapportage: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        } | null;
                        mijlpalen: {
                            /** @default  */
                            besluitorgaan: string;
                            /** @default  */
                            fase: string;
                            /** Format: date */
                            gereedOp: string | null;
                            /** Format: uuid */
                            id: string;
                            omschrijving: string;
                            /** @enum {string} */
                            stand: "gereed" | "verlopen" | "gepland" | "zonder-datum";
                            /** Format: date */
                            streefdatum: string | null;
                            /** @default  */
                            toelichting: string;
                        }[];
                        naam: string;
                        omschrijving: string;
                        portefeuillehouder: string;
                        programma: string;
                        projectleider: string;
                        rapportages: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        }[];
                        risicos: {
                            /** @default  */
                            beheersmaatregel: string;
                            /** @default  */
                            eigenaar: string;
                            /** Format: uuid */
                            id: string;
                            impact: number;
                            kans: number;
                            /** @enum {string} */
                            klasse: "laag" | "midden" | "hoog";
                            /** @default  */
                            ongewensteSituatie: string;
                            /** @default  */
                            oorzaak: string;
                            risico: string;
                            score: number;
                            /**
                             * @default open
                             * @enum {string}
                             */
                            status: "open" | "beheerst" | "opgetreden" | "vervallen";
                        }[];
                        variantvergelijkingen: {
                            /** Format: uuid */
                            id: string;
                            titel: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ambtelijkOpdrachtgever?: string;
                    /** Format: uuid */
                    hoofdprojectId?: string | null;
                    naam?: string;
                    omschrijving?: string;
                    portefeuillehouder?: string;
                    programma?: string;
                    projectleider?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalRapportages: number;
                        ambtelijkOpdrachtgever: string;
                        budgetregels: {
                            /** @description null = p.m. */
                            bedrag: number | null;
                            /** @default  */
                            dekking: string;
                            /** Format: uuid */
                            id: string;
                            jaar: number;
                            post: string;
                            /**
                             * @default investering
                             * @enum {string}
                             */
                            soort: "investering" | "exploitatie";
                        }[];
                        budgettotalen: {
                            jaar: number;
                            pmPosten: number;
                            /** @enum {string} */
                            soort: "investering" | "exploitatie";
                            totaal: number;
                        }[];
                        deelprojecten: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        gemeenteCode: string;
                        hoofdproject: string | null;
                        /** Format: uuid */
                        hoofdprojectId: string | null;
                        /** Format: uuid */
                        id: string;
                        laatsteRapportage: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        } | null;
                        mijlpalen: {
                            /** @default  */
                            besluitorgaan: string;
                            /** @default  */
                            fase: string;
                            /** Format: date */
                            gereedOp: string | null;
                            /** Format: uuid */
                            id: string;
                            omschrijving: string;
                            /** @enum {string} */
                            stand: "gereed" | "verlopen" | "gepland" | "zonder-datum";
                            /** Format: date */
                            streefdatum: string | null;
                            /** @default  */
                            toelichting: string;
                        }[];
                        naam: string;
                        omschrijving: string;
                        portefeuillehouder: string;
                        programma: string;
                        projectleider: string;
                        rapportages: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        }[];
                        risicos: {
                            /** @default  */
                            beheersmaatregel: string;
                            /** @default  */
                            eigenaar: string;
                            /** Format: uuid */
                            id: string;
                            impact: number;
                            kans: number;
                            /** @enum {string} */
                            klasse: "laag" | "midden" | "hoog";
                            /** @default  */
                            ongewensteSituatie: string;
                            /** @default  */
                            oorzaak: string;
                            risico: string;
                            score: number;
                            /**
                             * @default open
                             * @enum {string}
                             */
                            status: "open" | "beheerst" | "opgetreden" | "vervallen";
                        }[];
                        variantvergelijkingen: {
                            /** Format: uuid */
                            id: string;
                            titel: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProjectBudgetregels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    budgetregels: {
                        /** @description null = p.m. */
                        bedrag: number | null;
                        /** @default  */
                        dekking?: string;
                        jaar: number;
                        post: string;
                        /**
                         * @default investering
                         * @enum {string}
                         */
                        soort?: "investering" | "exploitatie";
                    }[];
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalRapportages: number;
                        ambtelijkOpdrachtgever: string;
                        budgetregels: {
                            /** @description null = p.m. */
                            bedrag: number | null;
                            /** @default  */
                            dekking: string;
                            /** Format: uuid */
                            id: string;
                            jaar: number;
                            post: string;
                            /**
                             * @default investering
                             * @enum {string}
                             */
                            soort: "investering" | "exploitatie";
                        }[];
                        budgettotalen: {
                            jaar: number;
                            pmPosten: number;
                            /** @enum {string} */
                            soort: "investering" | "exploitatie";
                            totaal: number;
                        }[];
                        deelprojecten: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        gemeenteCode: string;
                        hoofdproject: string | null;
                        /** Format: uuid */
                        hoofdprojectId: string | null;
                        /** Format: uuid */
                        id: string;
                        laatsteRapportage: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        } | null;
                        mijlpalen: {
                            /** @default  */
                            besluitorgaan: string;
                            /** @default  */
                            fase: string;
                            /** Format: date */
                            gereedOp: string | null;
                            /** Format: uuid */
                            id: string;
                            omschrijving: string;
                            /** @enum {string} */
                            stand: "gereed" | "verlopen" | "gepland" | "zonder-datum";
                            /** Format: date */
                            streefdatum: string | null;
                            /** @default  */
                            toelichting: string;
                        }[];
                        naam: string;
                        omschrijving: string;
                        portefeuillehouder: string;
                        programma: string;
                        projectleider: string;
                        rapportages: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        }[];
                        risicos: {
                            /** @default  */
                            beheersmaatregel: string;
                            /** @default  */
                            eigenaar: string;
                            /** Format: uuid */
                            id: string;
                            impact: number;
                            kans: number;
                            /** @enum {string} */
                            klasse: "laag" | "midden" | "hoog";
                            /** @default  */
                            ongewensteSituatie: string;
                            /** @default  */
                            oorzaak: string;
                            risico: string;
                            score: number;
                            /**
                             * @default open
                             * @enum {string}
                             */
                            status: "open" | "beheerst" | "opgetreden" | "vervallen";
                        }[];
                        variantvergelijkingen: {
                            /** Format: uuid */
                            id: string;
                            titel: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProjectMijlpalen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mijlpalen: {
                        /** @default  */
                        besluitorgaan?: string;
                        /** @default  */
                        fase?: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        gereedOp?: string | null;
                        omschrijving: string;
                        /** Format: date */
                        streefdatum: string | null;
                        /** @default  */
                        toelichting?: string;
                    }[];
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalRapportages: number;
                        ambtelijkOpdrachtgever: string;
                        budgetregels: {
                            /** @description null = p.m. */
                            bedrag: number | null;
                            /** @default  */
                            dekking: string;
                            /** Format: uuid */
                            id: string;
                            jaar: number;
                            post: string;
                            /**
                             * @default investering
                             * @enum {string}
                             */
                            soort: "investering" | "exploitatie";
                        }[];
                        budgettotalen: {
                            jaar: number;
                            pmPosten: number;
                            /** @enum {string} */
                            soort: "investering" | "exploitatie";
                            totaal: number;
                        }[];
                        deelprojecten: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        gemeenteCode: string;
                        hoofdproject: string | null;
                        /** Format: uuid */
                        hoofdprojectId: string | null;
                        /** Format: uuid */
                        id: string;
                        laatsteRapportage: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        } | null;
                        mijlpalen: {
                            /** @default  */
                            besluitorgaan: string;
                            /** @default  */
                            fase: string;
                            /** Format: date */
                            gereedOp: string | null;
                            /** Format: uuid */
                            id: string;
                            omschrijving: string;
                            /** @enum {string} */
                            stand: "gereed" | "verlopen" | "gepland" | "zonder-datum";
                            /** Format: date */
                            streefdatum: string | null;
                            /** @default  */
                            toelichting: string;
                        }[];
                        naam: string;
                        omschrijving: string;
                        portefeuillehouder: string;
                        programma: string;
                        projectleider: string;
                        rapportages: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        }[];
                        risicos: {
                            /** @default  */
                            beheersmaatregel: string;
                            /** @default  */
                            eigenaar: string;
                            /** Format: uuid */
                            id: string;
                            impact: number;
                            kans: number;
                            /** @enum {string} */
                            klasse: "laag" | "midden" | "hoog";
                            /** @default  */
                            ongewensteSituatie: string;
                            /** @default  */
                            oorzaak: string;
                            risico: string;
                            score: number;
                            /**
                             * @default open
                             * @enum {string}
                             */
                            status: "open" | "beheerst" | "opgetreden" | "vervallen";
                        }[];
                        variantvergelijkingen: {
                            /** Format: uuid */
                            id: string;
                            titel: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProjectRapportages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        bron: {
                            bestandsnaam: string | null;
                            exportVan: string | null;
                            formaat: string;
                            gebouwdOp: string | null;
                            /** Format: uuid */
                            importId: string | null;
                        } | null;
                        /** Format: date-time */
                        geexporteerdOp: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                        inhoud: {
                            basisinformatie: string;
                            besluitvorming: {
                                stukken: {
                                    /** Format: date */
                                    datum: string | null;
                                    nummer: string;
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                }[];
                                toelichting: string;
                            };
                            overigeInformatie: string;
                            portefeuillehouder: string;
                            /** @enum {string|null} */
                            projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                            projectnaam: string;
                            standVanZaken: string;
                            /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                            titel: string | null;
                            voortgang: {
                                communicatie: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                financien: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                planning: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                risicos: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                scope: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                            };
                        };
                        /** Format: uuid */
                        projectId: string;
                        projectnaam: string;
                        publicatie: {
                            /** Format: date-time */
                            exportVan: string;
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                        } | null;
                        /** Format: date */
                        rapportagedatum: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        vastgesteldDoor: string | null;
                        versie: number;
                        /** Format: uuid */
                        vorigeId: string | null;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProjectRapportage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    rapportagedatum: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        bron: {
                            bestandsnaam: string | null;
                            exportVan: string | null;
                            formaat: string;
                            gebouwdOp: string | null;
                            /** Format: uuid */
                            importId: string | null;
                        } | null;
                        /** Format: date-time */
                        geexporteerdOp: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                        inhoud: {
                            basisinformatie: string;
                            besluitvorming: {
                                stukken: {
                                    /** Format: date */
                                    datum: string | null;
                                    nummer: string;
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                }[];
                                toelichting: string;
                            };
                            overigeInformatie: string;
                            portefeuillehouder: string;
                            /** @enum {string|null} */
                            projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                            projectnaam: string;
                            standVanZaken: string;
                            /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                            titel: string | null;
                            voortgang: {
                                communicatie: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                financien: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                planning: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                risicos: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                scope: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                            };
                        };
                        /** Format: uuid */
                        projectId: string;
                        projectnaam: string;
                        publicatie: {
                            /** Format: date-time */
                            exportVan: string;
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                        } | null;
                        /** Format: date */
                        rapportagedatum: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        vastgesteldDoor: string | null;
                        versie: number;
                        /** Format: uuid */
                        vorigeId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProjectRisicos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    risicos: {
                        /** @default  */
                        beheersmaatregel?: string;
                        /** @default  */
                        eigenaar?: string;
                        impact: number;
                        kans: number;
                        /** @default  */
                        ongewensteSituatie?: string;
                        /** @default  */
                        oorzaak?: string;
                        risico: string;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "beheerst" | "opgetreden" | "vervallen";
                    }[];
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalRapportages: number;
                        ambtelijkOpdrachtgever: string;
                        budgetregels: {
                            /** @description null = p.m. */
                            bedrag: number | null;
                            /** @default  */
                            dekking: string;
                            /** Format: uuid */
                            id: string;
                            jaar: number;
                            post: string;
                            /**
                             * @default investering
                             * @enum {string}
                             */
                            soort: "investering" | "exploitatie";
                        }[];
                        budgettotalen: {
                            jaar: number;
                            pmPosten: number;
                            /** @enum {string} */
                            soort: "investering" | "exploitatie";
                            totaal: number;
                        }[];
                        deelprojecten: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        }[];
                        gemeenteCode: string;
                        hoofdproject: string | null;
                        /** Format: uuid */
                        hoofdprojectId: string | null;
                        /** Format: uuid */
                        id: string;
                        laatsteRapportage: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        } | null;
                        mijlpalen: {
                            /** @default  */
                            besluitorgaan: string;
                            /** @default  */
                            fase: string;
                            /** Format: date */
                            gereedOp: string | null;
                            /** Format: uuid */
                            id: string;
                            omschrijving: string;
                            /** @enum {string} */
                            stand: "gereed" | "verlopen" | "gepland" | "zonder-datum";
                            /** Format: date */
                            streefdatum: string | null;
                            /** @default  */
                            toelichting: string;
                        }[];
                        naam: string;
                        omschrijving: string;
                        portefeuillehouder: string;
                        programma: string;
                        projectleider: string;
                        rapportages: {
                            aspecten: {
                                /** @enum {string|null} */
                                communicatie: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                financien: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                planning: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                risicos: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                /** @enum {string|null} */
                                scope: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        }[];
                        risicos: {
                            /** @default  */
                            beheersmaatregel: string;
                            /** @default  */
                            eigenaar: string;
                            /** Format: uuid */
                            id: string;
                            impact: number;
                            kans: number;
                            /** @enum {string} */
                            klasse: "laag" | "midden" | "hoog";
                            /** @default  */
                            ongewensteSituatie: string;
                            /** @default  */
                            oorzaak: string;
                            risico: string;
                            score: number;
                            /**
                             * @default open
                             * @enum {string}
                             */
                            status: "open" | "beheerst" | "opgetreden" | "vervallen";
                        }[];
                        variantvergelijkingen: {
                            /** Format: uuid */
                            id: string;
                            titel: string;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVariantvergelijking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    bron?: string;
                    groepen: {
                        criteria: {
                            naam: string;
                            scores: ("0" | "++" | "+" | "-" | "--" | null)[];
                        }[];
                        naam: string;
                    }[];
                    /** @description Standaard ++ 4, + 3, 0 2, - 1, -- 0. */
                    puntentelling?: {
                        omschrijving: string;
                        punten: number;
                        /** @enum {string} */
                        score: "0" | "++" | "+" | "-" | "--";
                    }[];
                    titel: string;
                    varianten: {
                        naam: string;
                        /** @default null */
                        opgegevenPercentage?: number | null;
                        /**
                         * @description Het totaal dat de bron noemt.
                         * @default null
                         */
                        opgegevenTotaal?: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bron: string;
                        gevoeligheid: {
                            andereUitkomst: boolean;
                            gewicht: number;
                            groep: string;
                            hoogste: number[];
                            percentages: number[];
                            totalen: number[];
                        }[];
                        groepen: {
                            criteria: {
                                naam: string;
                                scores: ("0" | "++" | "+" | "-" | "--" | null)[];
                            }[];
                            naam: string;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        puntentelling: {
                            omschrijving: string;
                            punten: number;
                            /** @enum {string} */
                            score: "0" | "++" | "+" | "-" | "--";
                        }[];
                        titel: string;
                        uitkomst: {
                            hoogste: number[];
                            ontbrekendeScores: {
                                criterium: string;
                                groep: string;
                                variant: string;
                            }[];
                            varianten: {
                                afwijkend: boolean;
                                afwijkingen: string[];
                                naam: string;
                                opgegevenPercentage: number | null;
                                opgegevenTotaal: number | null;
                                percentage: number;
                                subtotalen: number[];
                                totaal: number;
                            }[];
                        };
                        varianten: {
                            naam: string;
                            opgegevenPercentage: number | null;
                            opgegevenTotaal: number | null;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProjectImport: {
        parameters: {
            query?: {
                bestandsnaam?: string;
                /** @description Standaard de gemeente van uw account. */
                gemeente?: string;
                /** @description Voor een varianttabel: het project waar de vergelijking bij hoort. */
                projectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        formaat: "regels" | "pijptabel" | "varianttabel";
                        /** Format: uuid */
                        id: string;
                        meldingen: {
                            regel: number | null;
                            tekst: string;
                        }[];
                        nietGemapt: {
                            reden: string;
                            regel: number;
                            tekst: string;
                        }[];
                        project: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                            nieuw: boolean;
                        };
                        rapportage: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            bron: {
                                bestandsnaam: string | null;
                                exportVan: string | null;
                                formaat: string;
                                gebouwdOp: string | null;
                                /** Format: uuid */
                                importId: string | null;
                            } | null;
                            /** Format: date-time */
                            geexporteerdOp: string | null;
                            gemeenteCode: string;
                            /** Format: date-time */
                            gewijzigdOp: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                            inhoud: {
                                basisinformatie: string;
                                besluitvorming: {
                                    stukken: {
                                        /** Format: date */
                                        datum: string | null;
                                        nummer: string;
                                        onderwerp: string;
                                        /** @enum {string} */
                                        soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                    }[];
                                    toelichting: string;
                                };
                                overigeInformatie: string;
                                portefeuillehouder: string;
                                /** @enum {string|null} */
                                projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                                projectnaam: string;
                                standVanZaken: string;
                                /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                                titel: string | null;
                                voortgang: {
                                    communicatie: {
                                        afwijkingen: {
                                            begroting?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            exploitatie?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            investering?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            totaalplanning?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                        };
                                        /** @enum {string|null} */
                                        status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                        toelichting: string;
                                    };
                                    financien: {
                                        afwijkingen: {
                                            begroting?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            exploitatie?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            investering?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            totaalplanning?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                        };
                                        /** @enum {string|null} */
                                        status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                        toelichting: string;
                                    };
                                    planning: {
                                        afwijkingen: {
                                            begroting?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            exploitatie?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            investering?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            totaalplanning?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                        };
                                        /** @enum {string|null} */
                                        status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                        toelichting: string;
                                    };
                                    risicos: {
                                        afwijkingen: {
                                            begroting?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            exploitatie?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            investering?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            totaalplanning?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                        };
                                        /** @enum {string|null} */
                                        status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                        toelichting: string;
                                    };
                                    scope: {
                                        afwijkingen: {
                                            begroting?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            exploitatie?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            investering?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                            totaalplanning?: {
                                                /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                                afwijking: boolean | null;
                                                toelichting: string;
                                            };
                                        };
                                        /** @enum {string|null} */
                                        status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                        toelichting: string;
                                    };
                                };
                            };
                            /** Format: uuid */
                            projectId: string;
                            projectnaam: string;
                            publicatie: {
                                /** Format: date-time */
                                exportVan: string;
                                /** Format: date-time */
                                gebouwdOp: string;
                                /** Format: uuid */
                                id: string;
                                pagina: string;
                                pdf: string;
                            } | null;
                            /** Format: date */
                            rapportagedatum: string;
                            /** @enum {string} */
                            status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                            vastgesteldDoor: string | null;
                            versie: number;
                            /** Format: uuid */
                            vorigeId: string | null;
                        } | null;
                        variantvergelijking: {
                            bron: string;
                            gevoeligheid: {
                                andereUitkomst: boolean;
                                gewicht: number;
                                groep: string;
                                hoogste: number[];
                                percentages: number[];
                                totalen: number[];
                            }[];
                            groepen: {
                                criteria: {
                                    naam: string;
                                    scores: ("0" | "++" | "+" | "-" | "--" | null)[];
                                }[];
                                naam: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            puntentelling: {
                                omschrijving: string;
                                punten: number;
                                /** @enum {string} */
                                score: "0" | "++" | "+" | "-" | "--";
                            }[];
                            titel: string;
                            uitkomst: {
                                hoogste: number[];
                                ontbrekendeScores: {
                                    criterium: string;
                                    groep: string;
                                    variant: string;
                                }[];
                                varianten: {
                                    afwijkend: boolean;
                                    afwijkingen: string[];
                                    naam: string;
                                    opgegevenPercentage: number | null;
                                    opgegevenTotaal: number | null;
                                    percentage: number;
                                    subtotalen: number[];
                                    totaal: number;
                                }[];
                            };
                            varianten: {
                                naam: string;
                                opgegevenPercentage: number | null;
                                opgegevenTotaal: number | null;
                            }[];
                            versie: number;
                        } | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRapportage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        bron: {
                            bestandsnaam: string | null;
                            exportVan: string | null;
                            formaat: string;
                            gebouwdOp: string | null;
                            /** Format: uuid */
                            importId: string | null;
                        } | null;
                        /** Format: date-time */
                        geexporteerdOp: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                        inhoud: {
                            basisinformatie: string;
                            besluitvorming: {
                                stukken: {
                                    /** Format: date */
                                    datum: string | null;
                                    nummer: string;
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                }[];
                                toelichting: string;
                            };
                            overigeInformatie: string;
                            portefeuillehouder: string;
                            /** @enum {string|null} */
                            projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                            projectnaam: string;
                            standVanZaken: string;
                            /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                            titel: string | null;
                            voortgang: {
                                communicatie: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                financien: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                planning: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                risicos: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                scope: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                            };
                        };
                        /** Format: uuid */
                        projectId: string;
                        projectnaam: string;
                        publicatie: {
                            /** Format: date-time */
                            exportVan: string;
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                        } | null;
                        /** Format: date */
                        rapportagedatum: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        vastgesteldDoor: string | null;
                        versie: number;
                        /** Format: uuid */
                        vorigeId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRapportage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                    inhoud: {
                        basisinformatie: string;
                        besluitvorming: {
                            stukken: {
                                /** Format: date */
                                datum: string | null;
                                nummer: string;
                                onderwerp: string;
                                /** @enum {string} */
                                soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                            }[];
                            toelichting: string;
                        };
                        overigeInformatie: string;
                        portefeuillehouder: string;
                        /** @enum {string|null} */
                        projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                        projectnaam: string;
                        standVanZaken: string;
                        /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                        titel: string | null;
                        voortgang: {
                            communicatie: {
                                afwijkingen: {
                                    begroting?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    exploitatie?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    investering?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    totaalplanning?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                };
                                /** @enum {string|null} */
                                status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                toelichting: string;
                            };
                            financien: {
                                afwijkingen: {
                                    begroting?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    exploitatie?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    investering?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    totaalplanning?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                };
                                /** @enum {string|null} */
                                status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                toelichting: string;
                            };
                            planning: {
                                afwijkingen: {
                                    begroting?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    exploitatie?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    investering?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    totaalplanning?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                };
                                /** @enum {string|null} */
                                status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                toelichting: string;
                            };
                            risicos: {
                                afwijkingen: {
                                    begroting?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    exploitatie?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    investering?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    totaalplanning?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                };
                                /** @enum {string|null} */
                                status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                toelichting: string;
                            };
                            scope: {
                                afwijkingen: {
                                    begroting?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    exploitatie?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    investering?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                    totaalplanning?: {
                                        /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                        afwijking: boolean | null;
                                        toelichting: string;
                                    };
                                };
                                /** @enum {string|null} */
                                status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                toelichting: string;
                            };
                        };
                    };
                    /** Format: date */
                    rapportagedatum?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        bron: {
                            bestandsnaam: string | null;
                            exportVan: string | null;
                            formaat: string;
                            gebouwdOp: string | null;
                            /** Format: uuid */
                            importId: string | null;
                        } | null;
                        /** Format: date-time */
                        geexporteerdOp: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                        inhoud: {
                            basisinformatie: string;
                            besluitvorming: {
                                stukken: {
                                    /** Format: date */
                                    datum: string | null;
                                    nummer: string;
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                }[];
                                toelichting: string;
                            };
                            overigeInformatie: string;
                            portefeuillehouder: string;
                            /** @enum {string|null} */
                            projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                            projectnaam: string;
                            standVanZaken: string;
                            /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                            titel: string | null;
                            voortgang: {
                                communicatie: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                financien: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                planning: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                risicos: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                scope: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                            };
                        };
                        /** Format: uuid */
                        projectId: string;
                        projectnaam: string;
                        publicatie: {
                            /** Format: date-time */
                            exportVan: string;
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                        } | null;
                        /** Format: date */
                        rapportagedatum: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        vastgesteldDoor: string | null;
                        versie: number;
                        /** Format: uuid */
                        vorigeId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRapportageIndiening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toelichting?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        bron: {
                            bestandsnaam: string | null;
                            exportVan: string | null;
                            formaat: string;
                            gebouwdOp: string | null;
                            /** Format: uuid */
                            importId: string | null;
                        } | null;
                        /** Format: date-time */
                        geexporteerdOp: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                        inhoud: {
                            basisinformatie: string;
                            besluitvorming: {
                                stukken: {
                                    /** Format: date */
                                    datum: string | null;
                                    nummer: string;
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                }[];
                                toelichting: string;
                            };
                            overigeInformatie: string;
                            portefeuillehouder: string;
                            /** @enum {string|null} */
                            projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                            projectnaam: string;
                            standVanZaken: string;
                            /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                            titel: string | null;
                            voortgang: {
                                communicatie: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                financien: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                planning: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                risicos: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                scope: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                            };
                        };
                        /** Format: uuid */
                        projectId: string;
                        projectnaam: string;
                        publicatie: {
                            /** Format: date-time */
                            exportVan: string;
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                        } | null;
                        /** Format: date */
                        rapportagedatum: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        vastgesteldDoor: string | null;
                        versie: number;
                        /** Format: uuid */
                        vorigeId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRapportagePagina: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het document (text/html). */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRapportagePublicatie: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toelichting?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        bron: {
                            bestandsnaam: string | null;
                            exportVan: string | null;
                            formaat: string;
                            gebouwdOp: string | null;
                            /** Format: uuid */
                            importId: string | null;
                        } | null;
                        /** Format: date-time */
                        geexporteerdOp: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                        inhoud: {
                            basisinformatie: string;
                            besluitvorming: {
                                stukken: {
                                    /** Format: date */
                                    datum: string | null;
                                    nummer: string;
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                }[];
                                toelichting: string;
                            };
                            overigeInformatie: string;
                            portefeuillehouder: string;
                            /** @enum {string|null} */
                            projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                            projectnaam: string;
                            standVanZaken: string;
                            /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                            titel: string | null;
                            voortgang: {
                                communicatie: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                financien: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                planning: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                risicos: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                scope: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                            };
                        };
                        /** Format: uuid */
                        projectId: string;
                        projectnaam: string;
                        publicatie: {
                            /** Format: date-time */
                            exportVan: string;
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                        } | null;
                        /** Format: date */
                        rapportagedatum: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        vastgesteldDoor: string | null;
                        versie: number;
                        /** Format: uuid */
                        vorigeId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRapportageTerugzending: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toelichting?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        bron: {
                            bestandsnaam: string | null;
                            exportVan: string | null;
                            formaat: string;
                            gebouwdOp: string | null;
                            /** Format: uuid */
                            importId: string | null;
                        } | null;
                        /** Format: date-time */
                        geexporteerdOp: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                        inhoud: {
                            basisinformatie: string;
                            besluitvorming: {
                                stukken: {
                                    /** Format: date */
                                    datum: string | null;
                                    nummer: string;
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                }[];
                                toelichting: string;
                            };
                            overigeInformatie: string;
                            portefeuillehouder: string;
                            /** @enum {string|null} */
                            projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                            projectnaam: string;
                            standVanZaken: string;
                            /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                            titel: string | null;
                            voortgang: {
                                communicatie: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                financien: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                planning: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                risicos: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                scope: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                            };
                        };
                        /** Format: uuid */
                        projectId: string;
                        projectnaam: string;
                        publicatie: {
                            /** Format: date-time */
                            exportVan: string;
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                        } | null;
                        /** Format: date */
                        rapportagedatum: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        vastgesteldDoor: string | null;
                        versie: number;
                        /** Format: uuid */
                        vorigeId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRapportageVaststelling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toelichting?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        bron: {
                            bestandsnaam: string | null;
                            exportVan: string | null;
                            formaat: string;
                            gebouwdOp: string | null;
                            /** Format: uuid */
                            importId: string | null;
                        } | null;
                        /** Format: date-time */
                        geexporteerdOp: string | null;
                        gemeenteCode: string;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Alle velden van het rapportageformat van de leidraad grote projecten. */
                        inhoud: {
                            basisinformatie: string;
                            besluitvorming: {
                                stukken: {
                                    /** Format: date */
                                    datum: string | null;
                                    nummer: string;
                                    onderwerp: string;
                                    /** @enum {string} */
                                    soort: "raadsmededeling" | "raadsvoorstel" | "raadsinformatiebrief" | "collegebesluit" | "nota" | "overig";
                                }[];
                                toelichting: string;
                            };
                            overigeInformatie: string;
                            portefeuillehouder: string;
                            /** @enum {string|null} */
                            projectfase: "verkenning" | "definitie" | "ontwerp" | "realisatie" | "nazorg" | null;
                            projectnaam: string;
                            standVanZaken: string;
                            /** @description Paginatitel boven een geëxporteerde rapportage, als die afwijkt. */
                            titel: string | null;
                            voortgang: {
                                communicatie: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                financien: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                planning: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                risicos: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                                scope: {
                                    afwijkingen: {
                                        begroting?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        exploitatie?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        investering?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                        totaalplanning?: {
                                            /** @description Ja (true) of nee (false); null als alleen een toelichting bekend is. */
                                            afwijking: boolean | null;
                                            toelichting: string;
                                        };
                                    };
                                    /** @enum {string|null} */
                                    status: "op-koers" | "behoeft-aandacht" | "actie-vereist" | null;
                                    toelichting: string;
                                };
                            };
                        };
                        /** Format: uuid */
                        projectId: string;
                        projectnaam: string;
                        publicatie: {
                            /** Format: date-time */
                            exportVan: string;
                            /** Format: date-time */
                            gebouwdOp: string;
                            /** Format: uuid */
                            id: string;
                            pagina: string;
                            pdf: string;
                        } | null;
                        /** Format: date */
                        rapportagedatum: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        vastgesteldDoor: string | null;
                        versie: number;
                        /** Format: uuid */
                        vorigeId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRapportageWijzigingen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actie: string;
                        door: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        op: string;
                        /** @enum {string} */
                        status: "concept" | "ter-review" | "vastgesteld" | "gepubliceerd";
                        toelichting: string | null;
                        velden: {
                            naam: string;
                            nieuw: unknown;
                            oud: unknown;
                            veld: string;
                        }[];
                        versie: number;
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRolwijzigingen: {
        parameters: {
            query?: {
                gemeente?: string;
                medewerker?: string;
                status?: "doorgevoerd" | "wacht-op-goedkeuring" | "goedgekeurd" | "afgewezen";
                tot?: string;
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Null: een systeemactie (demodata, de opdrachtregel op de server). */
                        aangevraagdDoor: {
                            /** Format: uuid */
                            gebruikerId: string;
                            gebruikersnaam: string | null;
                        } | null;
                        /** Format: date-time */
                        aangevraagdOp: string;
                        /** @description Null: een systeemactie (demodata, de opdrachtregel op de server). */
                        beoordeeldDoor: {
                            /** Format: uuid */
                            gebruikerId: string;
                            gebruikersnaam: string | null;
                        } | null;
                        /** Format: date-time */
                        beoordeeldOp: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        medewerker: {
                            /** Format: uuid */
                            id: string;
                            naam: string | null;
                        };
                        rollenNa: string[];
                        rollenVoor: string[];
                        /** @enum {string} */
                        status: "doorgevoerd" | "wacht-op-goedkeuring" | "goedgekeurd" | "afgewezen";
                        toegevoegd: string[];
                        versie: number;
                        verwijderd: string[];
                    }[];
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRolwijzigingAfwijzing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Null: een systeemactie (demodata, de opdrachtregel op de server). */
                        aangevraagdDoor: {
                            /** Format: uuid */
                            gebruikerId: string;
                            gebruikersnaam: string | null;
                        } | null;
                        /** Format: date-time */
                        aangevraagdOp: string;
                        /** @description Null: een systeemactie (demodata, de opdrachtregel op de server). */
                        beoordeeldDoor: {
                            /** Format: uuid */
                            gebruikerId: string;
                            gebruikersnaam: string | null;
                        } | null;
                        /** Format: date-time */
                        beoordeeldOp: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        medewerker: {
                            /** Format: uuid */
                            id: string;
                            naam: string | null;
                        };
                        rollenNa: string[];
                        rollenVoor: string[];
                        /** @enum {string} */
                        status: "doorgevoerd" | "wacht-op-goedkeuring" | "goedgekeurd" | "afgewezen";
                        toegevoegd: string[];
                        versie: number;
                        verwijderd: string[];
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRolwijzigingGoedkeuring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Null: een systeemactie (demodata, de opdrachtregel op de server). */
                        aangevraagdDoor: {
                            /** Format: uuid */
                            gebruikerId: string;
                            gebruikersnaam: string | null;
                        } | null;
                        /** Format: date-time */
                        aangevraagdOp: string;
                        /** @description Null: een systeemactie (demodata, de opdrachtregel op de server). */
                        beoordeeldDoor: {
                            /** Format: uuid */
                            gebruikerId: string;
                            gebruikersnaam: string | null;
                        } | null;
                        /** Format: date-time */
                        beoordeeldOp: string | null;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        medewerker: {
                            /** Format: uuid */
                            id: string;
                            naam: string | null;
                        };
                        rollenNa: string[];
                        rollenVoor: string[];
                        /** @enum {string} */
                        status: "doorgevoerd" | "wacht-op-goedkeuring" | "goedgekeurd" | "afgewezen";
                        toegevoegd: string[];
                        versie: number;
                        verwijderd: string[];
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSessie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gebruikersnaam: string;
                    wachtwoord: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        gebruiker: {
                            gebruikersnaam: string;
                            gemeenteCode: string;
                            gemeenten: string[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            medewerkerId: string;
                            naam: string;
                            /** Format: uuid */
                            organisatieId: string;
                            rollen: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                            /** Format: uuid */
                            teamId: string | null;
                        };
                        rechten: string[];
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Geef dit mee met de code (POST /sessies/tweede-factor); 5 minuten geldig. */
                        inlogstap: string;
                        /** @description Alleen bij het koppelen, eenmalig: het geheim als QR-code en als tekst. */
                        inschrijving?: {
                            geheim: string;
                            otpauthUri: string;
                            qrSvg: string;
                        };
                        /** Format: date-time */
                        verlooptOp: string;
                        /**
                         * @description totp: vraag de code uit de authenticator-app; totp-inschrijven: eerst de app koppelen.
                         * @enum {string}
                         */
                        vervolgstap: "totp" | "totp-inschrijven";
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHuidigeSessie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        gebruiker: {
                            gebruikersnaam: string;
                            gemeenteCode: string;
                            gemeenten: string[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            medewerkerId: string;
                            naam: string;
                            /** Format: uuid */
                            organisatieId: string;
                            rollen: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                            /** Format: uuid */
                            teamId: string | null;
                        };
                        rechten: string[];
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteHuidigeSessie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startOidcSessie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Doorverwijzing naar de identiteitsprovider (Location); zet een tijdelijk cookie. */
            302: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOidcCallback: {
        parameters: {
            query?: {
                /** @description Autorisatiecode. */
                code?: string;
                /** @description Foutcode van de identiteitsprovider. */
                error?: string;
                /** @description Issuer van de identiteitsprovider (RFC 9207). */
                iss?: string;
                /** @description De state uit het inlogverzoek. */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ingelogd: sessiecookie gezet, doorverwijzing naar de startpagina. */
            302: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOidcConfiguratie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Waar als OpenID Connect is geconfigureerd. */
                        ingeschakeld: boolean;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTweedeFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    inlogstap: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        gebruiker: {
                            gebruikersnaam: string;
                            gemeenteCode: string;
                            gemeenten: string[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            medewerkerId: string;
                            naam: string;
                            /** Format: uuid */
                            organisatieId: string;
                            rollen: ("kcc" | "toegangsmedewerker" | "backoffice" | "teamleider" | "beleid" | "beheer" | "auditor" | "partner" | "projectleider" | "opdrachtgever")[];
                            /** Format: uuid */
                            teamId: string | null;
                        };
                        rechten: string[];
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalMedewerkers: number;
                        fte: number;
                        gemeenteCode: string;
                        /** @description De gemeenten waarvoor het team werkt. */
                        gemeenten: string[];
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** Format: uuid */
                        organisatieId: string;
                        /** @enum {string} */
                        soort: "toegang" | "backoffice" | "kcc" | "regionaal" | "preventie" | "staf";
                        versie: number;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gemeenteCode: string;
                    gemeenten?: string[];
                    naam: string;
                    /** Format: uuid */
                    organisatieId: string;
                    /** @enum {string} */
                    soort: "toegang" | "backoffice" | "kcc" | "regionaal" | "preventie" | "staf";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalMedewerkers: number;
                        fte: number;
                        gemeenteCode: string;
                        /** @description De gemeenten waarvoor het team werkt. */
                        gemeenten: string[];
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** Format: uuid */
                        organisatieId: string;
                        /** @enum {string} */
                        soort: "toegang" | "backoffice" | "kcc" | "regionaal" | "preventie" | "staf";
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalMedewerkers: number;
                        fte: number;
                        gemeenteCode: string;
                        /** @description De gemeenten waarvoor het team werkt. */
                        gemeenten: string[];
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** Format: uuid */
                        organisatieId: string;
                        /** @enum {string} */
                        soort: "toegang" | "backoffice" | "kcc" | "regionaal" | "preventie" | "staf";
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gemeenten?: string[];
                    naam?: string;
                    /** @enum {string} */
                    soort?: "toegang" | "backoffice" | "kcc" | "regionaal" | "preventie" | "staf";
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantalMedewerkers: number;
                        fte: number;
                        gemeenteCode: string;
                        /** @description De gemeenten waarvoor het team werkt. */
                        gemeenten: string[];
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        /** Format: uuid */
                        organisatieId: string;
                        /** @enum {string} */
                        soort: "toegang" | "backoffice" | "kcc" | "regionaal" | "preventie" | "staf";
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVariantvergelijking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bron: string;
                        gevoeligheid: {
                            andereUitkomst: boolean;
                            gewicht: number;
                            groep: string;
                            hoogste: number[];
                            percentages: number[];
                            totalen: number[];
                        }[];
                        groepen: {
                            criteria: {
                                naam: string;
                                scores: ("0" | "++" | "+" | "-" | "--" | null)[];
                            }[];
                            naam: string;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        puntentelling: {
                            omschrijving: string;
                            punten: number;
                            /** @enum {string} */
                            score: "0" | "++" | "+" | "-" | "--";
                        }[];
                        titel: string;
                        uitkomst: {
                            hoogste: number[];
                            ontbrekendeScores: {
                                criterium: string;
                                groep: string;
                                variant: string;
                            }[];
                            varianten: {
                                afwijkend: boolean;
                                afwijkingen: string[];
                                naam: string;
                                opgegevenPercentage: number | null;
                                opgegevenTotaal: number | null;
                                percentage: number;
                                subtotalen: number[];
                                totaal: number;
                            }[];
                        };
                        varianten: {
                            naam: string;
                            opgegevenPercentage: number | null;
                            opgegevenTotaal: number | null;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putVariantvergelijking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    bron?: string;
                    groepen: {
                        criteria: {
                            naam: string;
                            scores: ("0" | "++" | "+" | "-" | "--" | null)[];
                        }[];
                        naam: string;
                    }[];
                    /** @description Standaard ++ 4, + 3, 0 2, - 1, -- 0. */
                    puntentelling?: {
                        omschrijving: string;
                        punten: number;
                        /** @enum {string} */
                        score: "0" | "++" | "+" | "-" | "--";
                    }[];
                    titel: string;
                    varianten: {
                        naam: string;
                        /** @default null */
                        opgegevenPercentage?: number | null;
                        /**
                         * @description Het totaal dat de bron noemt.
                         * @default null
                         */
                        opgegevenTotaal?: number | null;
                    }[];
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bron: string;
                        gevoeligheid: {
                            andereUitkomst: boolean;
                            gewicht: number;
                            groep: string;
                            hoogste: number[];
                            percentages: number[];
                            totalen: number[];
                        }[];
                        groepen: {
                            criteria: {
                                naam: string;
                                scores: ("0" | "++" | "+" | "-" | "--" | null)[];
                            }[];
                            naam: string;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        projectId: string;
                        puntentelling: {
                            omschrijving: string;
                            punten: number;
                            /** @enum {string} */
                            score: "0" | "++" | "+" | "-" | "--";
                        }[];
                        titel: string;
                        uitkomst: {
                            hoogste: number[];
                            ontbrekendeScores: {
                                criterium: string;
                                groep: string;
                                variant: string;
                            }[];
                            varianten: {
                                afwijkend: boolean;
                                afwijkingen: string[];
                                naam: string;
                                opgegevenPercentage: number | null;
                                opgegevenTotaal: number | null;
                                percentage: number;
                                subtotalen: number[];
                                totaal: number;
                            }[];
                        };
                        varianten: {
                            naam: string;
                            opgegevenPercentage: number | null;
                            opgegevenTotaal: number | null;
                        }[];
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLichteHerindicatie: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description De dag van het gesprek met de inwoner over de huidige situatie.
                     */
                    contactOp: string;
                    /** @enum {string} */
                    contactwijze: "huisbezoek" | "telefonisch" | "beeldbellen" | "op-kantoor";
                    /** Format: date */
                    einddatum: string;
                    /** Format: date */
                    herindicatiedatum?: string | null;
                    /** Format: date */
                    ingangsdatum: string;
                    /** @description Per aspect: is de situatie ongewijzigd? Alleen dan past de lichte herindicatie. */
                    ongewijzigd: {
                        gezondheid: boolean;
                        netwerk: boolean;
                        ondersteuningsbehoefte: boolean;
                        woonsituatie: boolean;
                    };
                    toelichting: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        aanvraagId: string | null;
                        bekendgemaaktOp: string | null;
                        berichten: {
                            berichtcode: string;
                            /** Format: uuid */
                            id: string;
                            identificatie: string;
                            status: string;
                        }[];
                        besluitdatum: string | null;
                        /** @description De beschikkingsbrief, na vaststelling; gemaakt na het vastleggen (ADR 0020). */
                        brief: {
                            fout: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "te-maken" | "gemaakt" | "mislukt";
                        } | null;
                        gecontroleerdDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        gemeenteCode: string;
                        /** @description Bij een lichte herindicatie: wat met de inwoner is vastgesteld. */
                        herindicatie: {
                            contactOp: string;
                            contactwijze: string;
                            ongewijzigd: {
                                gezondheid: boolean;
                                netwerk: boolean;
                                ondersteuningsbehoefte: boolean;
                                woonsituatie: boolean;
                            };
                            /** Format: uuid */
                            voorzieningId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        ingetrokkenPer: string | null;
                        kenmerk: string;
                        nummer: number;
                        opgesteldDoor: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        } | null;
                        persoon: {
                            /** Format: uuid */
                            id: string;
                            naam: string;
                        };
                        redenWijziging: string | null;
                        /** @enum {string} */
                        soort: "besluit" | "wijziging" | "intrekking" | "herindicatie";
                        /** @enum {string} */
                        status: "concept" | "vastgesteld";
                        termijnen: {
                            beschikkingUiterlijk: string | null;
                            bezwaarUiterlijk: string | null;
                        };
                        toelichting: string | null;
                        versie: number;
                        /** @description Wijzigingen, intrekkingen en herindicaties die naar deze beschikking verwijzen. */
                        volgendeBeschikkingen: {
                            /** Format: uuid */
                            id: string;
                            kenmerk: string;
                            soort: string;
                            status: string;
                        }[];
                        voorzieningen: {
                            aanbieder: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** @description Laatste dag, als een latere beschikking (wijziging of intrekking) de voorziening eerder beëindigde. */
                            beeindigdOp: string | null;
                            /** @enum {string} */
                            besluit: "toekenning" | "afwijzing";
                            eenheid: string | null;
                            einddatum: string | null;
                            frequentie: string | null;
                            herindicatiedatum: string | null;
                            /** Format: uuid */
                            id: string;
                            ingangsdatum: string | null;
                            /** @enum {string|null} */
                            leveringsvorm: "zin" | "pgb" | null;
                            motivering: string;
                            pgbBudget: number | null;
                            product: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            productcategorie: string;
                            productcode: string | null;
                            volume: number | null;
                        }[];
                        /** Format: uuid */
                        vorigeBeschikkingId: string | null;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWerkvoorraad: {
        parameters: {
            query?: {
                behandelaar?: string | ("ik" | "geen");
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
                kanaal?: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                /** @description Cursor uit `volgende` van de vorige pagina (keyset-paginering). */
                na?: string;
                pageSize?: number;
                sortering?: "termijn" | "ontvangst";
                status?: "nieuw" | "onderzoek";
                team?: string;
                /** @description Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen. */
                termijnstatus?: "ruim" | "binnen-twee-weken" | "binnen-drie-werkdagen" | "verlopen";
                wijk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            behandelaar: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kanaal: "telefoon" | "balie" | "wijklocatie" | "email-brief" | "online" | "signaal";
                            kenmerk: string;
                            nummer: number;
                            ontvangstdatum: string;
                            persoon: {
                                geboortedatum: string;
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            };
                            /** @enum {string} */
                            soort: "melding" | "informatievraag" | "signaal";
                            spoed: boolean;
                            /** @enum {string} */
                            status: "nieuw" | "onderzoek" | "verwezen-preventie" | "aanvraag" | "afgesloten";
                            termijnen: {
                                dagenOver: number | null;
                                /** Format: date */
                                onderzoekUiterlijk: string | null;
                                /** Format: date */
                                persoonlijkPlanUiterlijk: string | null;
                                /**
                                 * @description Stoplicht: ruim (> 2 weken), binnen twee weken, binnen drie werkdagen, verlopen.
                                 * @enum {string|null}
                                 */
                                status: "ruim" | "binnen-twee-weken" | "binnen-drie-werkdagen" | "verlopen" | null;
                                werkdagenOver: number | null;
                            };
                            versie: number;
                            wijk: {
                                code: string;
                                naam: string;
                            } | null;
                        }[];
                        volgende: string | null;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWerkverdeling: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                team?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        medewerkers: {
                            binnenDrieWerkdagen: number;
                            fte: number;
                            medewerker: {
                                /** Format: uuid */
                                id: string;
                                naam: string;
                            };
                            open: number;
                            /** Format: uuid */
                            teamId: string | null;
                            verlopen: number;
                        }[];
                        zonderBehandelaar: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWijken: {
        parameters: {
            query?: {
                /** @description csv of xlsx: de hele lijst als bestand (ook te kiezen met de Accept-header). */
                formaat?: "json" | "csv" | "xlsx";
                gemeente?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        versie: number;
                    }[];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWijk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    gemeenteCode: string;
                    naam: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchWijk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    naam?: string;
                    /** @description De versie die u heeft gelezen (optimistische vergrendeling). */
                    versie: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        gemeenteCode: string;
                        /** Format: uuid */
                        id: string;
                        naam: string;
                        versie: number;
                    };
                };
            };
            /** @description Ongeldige invoer; `invalidParams` noemt elk ongeldig veld. */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen toegang voor uw rol, of CSRF-token ongeldig. */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Niet gevonden. */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict, bijvoorbeeld een gelijktijdige wijziging (versie). */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

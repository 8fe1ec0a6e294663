-- Indexes for the beleid dashboard at national size (issue 7's "dashboards render in under 2 seconds",
-- measured with `npm run bench -- monitoring`). Each one turns a scan of all of a gemeente's rows
-- into a range scan of the period asked for; docs/monitoring.md lists which figure uses which.
--
-- Doorlooptijd melding → verslag: onderzoeken by the date the verslag was sent.
CREATE INDEX onderzoeken_verslag ON onderzoeken (gemeente_code, verslag_verstuurd_op);
-- The formatie's volumes: onderzoeken started per month.
CREATE INDEX onderzoeken_aangemaakt ON onderzoeken (gemeente_code, aangemaakt_op);
-- Doorlooptijd aanvraag → beschikking, the 12-month history of the herindicatieprognose.
CREATE INDEX beschikkingen_besluitdatum ON beschikkingen (gemeente_code, besluitdatum);
-- Onderzoeken binnen termijn: meldingen by their deadline.
CREATE INDEX meldingen_onderzoek_uiterlijk ON meldingen (gemeente_code, onderzoek_uiterlijk);
-- Beschikkingen binnen termijn: aanvragen by their deadline (the existing index leads with status).
CREATE INDEX aanvragen_beschikking_uiterlijk ON aanvragen (gemeente_code, beschikking_uiterlijk);
-- Aflopende voorzieningen and the prognose: by the effective end (an intrekking or wijziging can end
-- a voorziening before its einddatum). The expression is the one the queries use (monitoring/prognose.ts).
CREATE INDEX voorzieningen_einde ON voorzieningen (gemeente_code, (least(einddatum, beeindigd_op)))
  WHERE besluit = 'toekenning';
-- Instroom, conversie, ladder and the formatie's volumes read a year of meldingen per gemeente
-- (tens of thousands of rows): with the columns they need in the index they are read from the index
-- alone, without visiting every row (measured: instroom 175 → 87 ms, ladder 92 → 35 ms).
DROP INDEX meldingen_ontvangst;
CREATE INDEX meldingen_ontvangst ON meldingen (gemeente_code, ontvangstdatum)
  INCLUDE (id, soort, kanaal, wijk_id, ladder_uitkomst);

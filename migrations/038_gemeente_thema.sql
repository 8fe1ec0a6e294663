-- Huisstijl per gemeente (issue 15, ADR 0032): the web app's NL Design System tokens for brand colour
-- and logo come from here, set by beheer. Colours are stored as #rrggbb; the contrast rule (WCAG 2.2
-- AA) is checked in src/domain/contrast.ts before a row is written.
CREATE TABLE gemeente_thema (
  gemeente_code text PRIMARY KEY REFERENCES gemeenten (code),
  weergavenaam text NOT NULL CHECK (length(weergavenaam) BETWEEN 1 AND 100),
  kleur_primair text NOT NULL CHECK (kleur_primair ~ '^#[0-9a-f]{6}$'),
  kleur_op_primair text NOT NULL CHECK (kleur_op_primair ~ '^#[0-9a-f]{6}$'),
  -- A data: URL (PNG, JPEG or SVG as an image: the CSP allows img-src data:, and an <img> runs no script).
  logo text CHECK (logo IS NULL OR length(logo) <= 150000),
  versie integer NOT NULL DEFAULT 1,
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE gemeente_thema ENABLE ROW LEVEL SECURITY;
CREATE POLICY gemeente_thema_gemeente ON gemeente_thema TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT, UPDATE ON gemeente_thema TO open_toegang_app;

import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { Keuzegroep, keuzeId } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { Veld } from '../ui/Veld.tsx';
import {
  BESLUIT_NAMEN,
  eenheidPerFrequentie,
  eenheidWoord,
  formatEuro,
  LEVERINGSVORM_NAMEN,
  LEVERINGSVORM_UITLEG,
  PRODUCTCATEGORIEEN,
} from './labels.ts';
import { aanbiedersVan, type Regel, type RegelVeld, zichtbareVelden } from './regels.ts';
import type { Besluit, Leveringsvorm, Product } from './types.ts';

export const VELD_LABELS: Record<RegelVeld, string> = {
  besluit: 'Besluit',
  productId: 'Product',
  productcategorie: 'Productcategorie',
  volume: 'Omvang',
  leveringsvorm: 'Leveringsvorm',
  aanbiederId: 'Aanbieder',
  ingangsdatum: 'Ingangsdatum',
  einddatum: 'Einddatum',
  herindicatiedatum: 'Herindicatiedatum',
  motivering: 'Motivering',
};

/** The id of a line's input for a field: where labels, errors and summary links point. */
export function veldId(sleutel: string, veld: RegelVeld): string {
  const basis = `vz-${sleutel}`;
  if (veld === 'besluit') return keuzeId(`${basis}-besluit`, 'toekenning');
  if (veld === 'leveringsvorm') return keuzeId(`${basis}-leveringsvorm`, 'zin');
  return `${basis}-${veld}`;
}

function productUitleg(p: Product): string {
  const tarieven = [
    `zorg in natura ${formatEuro(p.tarief)}`,
    p.pgbTarief === null ? null : `pgb ${formatEuro(p.pgbTarief)}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${p.productcategorieNaam}${p.productcode ? `, productcode ${p.productcode}` : ''}. Omvang in ${eenheidPerFrequentie(p.eenheid, p.frequentie)}; tarief per ${eenheidWoord(p.eenheid, false)}: ${tarieven}.`;
}

export interface VoorzieningRegelProps {
  nummer: number;
  regel: Regel;
  /** The active products of the catalogue; undefined while loading. */
  producten: Product[] | undefined;
  fouten: Partial<Record<RegelVeld, string>>;
  /** Reasons of the server that belong to no field on this line. */
  regelFouten: string[];
  wijzig(patch: Partial<Regel>): void;
  /** Absent for the only line: a beschikking decides on at least one voorziening. */
  verwijder?: () => void;
}

/** One aangevraagde voorziening: toekenning or afwijzing, product, omvang, leveringsvorm, period. */
export function VoorzieningRegel({
  nummer,
  regel: r,
  producten,
  fouten: f,
  regelFouten,
  wijzig,
  verwijder,
}: VoorzieningRegelProps) {
  const p = `vz-${r.sleutel}`;
  const zichtbaar = zichtbareVelden(r);
  const product = producten?.find((x) => x.id === r.productId);
  const aanbieders = aanbiedersVan(r.productId, producten);
  const afwijzing = r.besluit === 'afwijzing';
  const regelFoutId = `${p}-regelfout`;

  return (
    <Fieldset
      className="ot-bsk-regel"
      invalid={regelFouten.length > 0}
      aria-describedby={regelFouten.length ? regelFoutId : undefined}
    >
      <FieldsetLegend className="ot-bsk-regel__legend">Voorziening {nummer}</FieldsetLegend>
      {regelFouten.length ? (
        <FormFieldDescription id={regelFoutId} invalid>
          <span className="ot-visueel-verborgen">Fout: </span>
          {regelFouten.join(' ')}
        </FormFieldDescription>
      ) : null}
      <Keuzegroep<Besluit>
        id={`${p}-besluit`}
        legend="Besluit"
        waarde={r.besluit}
        onChange={(besluit) => wijzig({ besluit })}
        fout={f.besluit}
        keuzes={(['toekenning', 'afwijzing'] as const).map((b) => ({ waarde: b, label: BESLUIT_NAMEN[b] }))}
      />
      <Veld
        id={veldId(r.sleutel, 'productId')}
        label="Product"
        optioneel={afwijzing}
        fout={f.productId}
        beschrijving={
          product
            ? productUitleg(product)
            : afwijzing
              ? 'Het product uit de catalogus, of kies hieronder alleen de categorie.'
              : 'Het product uit de catalogus van de gemeente.'
        }
      >
        {(k) => (
          <Select
            {...k}
            value={r.productId}
            busy={!producten}
            onChange={(e) => {
              const productId = e.target.value;
              // A ZIN aanbieder without a contract for the new product would be refused anyway.
              const houdt = aanbiedersVan(productId, producten).some((a) => a.id === r.aanbiederId);
              wijzig({ productId, aanbiederId: houdt ? r.aanbiederId : '' });
            }}
          >
            <SelectOption value="">
              {producten ? 'Kies een product' : 'Producten worden geladen…'}
            </SelectOption>
            {producten?.map((x) => (
              <SelectOption key={x.id} value={x.id}>
                {x.naam} ({eenheidPerFrequentie(x.eenheid, x.frequentie)})
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      {zichtbaar.includes('productcategorie') ? (
        <Veld
          id={veldId(r.sleutel, 'productcategorie')}
          label="Productcategorie van de afgewezen voorziening"
          fout={f.productcategorie}
        >
          {(k) => (
            <Select
              {...k}
              value={r.productcategorie}
              onChange={(e) => wijzig({ productcategorie: e.target.value })}
            >
              <SelectOption value="">Kies een categorie</SelectOption>
              {Object.entries(PRODUCTCATEGORIEEN).map(([code, naam]) => (
                <SelectOption key={code} value={code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      ) : null}
      {zichtbaar.includes('volume') ? (
        <Veld
          id={veldId(r.sleutel, 'volume')}
          label={`Omvang${product ? ` (aantal ${eenheidPerFrequentie(product.eenheid, product.frequentie)})` : ''}`}
          fout={f.volume}
          beschrijving={product ? undefined : 'Een heel getal, in de eenheid van het product.'}
        >
          {(k) => (
            <Textbox
              {...k}
              className="ot-kort"
              inputMode="numeric"
              autoComplete="off"
              value={r.volume}
              onChange={(e) => wijzig({ volume: e.target.value })}
            />
          )}
        </Veld>
      ) : null}
      {zichtbaar.includes('leveringsvorm') ? (
        <Keuzegroep<Leveringsvorm>
          id={`${p}-leveringsvorm`}
          legend="Leveringsvorm"
          waarde={r.leveringsvorm}
          onChange={(leveringsvorm) => wijzig({ leveringsvorm })}
          fout={f.leveringsvorm}
          keuzes={(['zin', 'pgb'] as const).map((l) => ({
            waarde: l,
            label: LEVERINGSVORM_NAMEN[l],
            beschrijving: LEVERINGSVORM_UITLEG[l],
          }))}
        />
      ) : null}
      {zichtbaar.includes('aanbiederId') ? (
        <Veld
          id={veldId(r.sleutel, 'aanbiederId')}
          label="Aanbieder"
          fout={f.aanbiederId}
          beschrijving={
            r.productId
              ? 'Alleen aanbieders met een contract voor dit product.'
              : 'Kies eerst een product: alleen aanbieders met een contract voor dat product komen in aanmerking.'
          }
        >
          {(k) => (
            <Select {...k} value={r.aanbiederId} onChange={(e) => wijzig({ aanbiederId: e.target.value })}>
              <SelectOption value="">
                {r.productId ? 'Kies een aanbieder' : 'Kies eerst een product'}
              </SelectOption>
              {aanbieders.map((a) => (
                <SelectOption key={a.id} value={a.id}>
                  {a.naam}
                  {a.agbCode ? ` (AGB ${a.agbCode})` : ''}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
      ) : null}
      {zichtbaar.includes('ingangsdatum') ? (
        <div className="ot-rij">
          <TekstVeld
            id={veldId(r.sleutel, 'ingangsdatum')}
            label="Ingangsdatum"
            type="date"
            fout={f.ingangsdatum}
            waarde={r.ingangsdatum}
            onWijzig={(ingangsdatum) => wijzig({ ingangsdatum })}
          />
          <TekstVeld
            id={veldId(r.sleutel, 'einddatum')}
            label="Einddatum"
            type="date"
            optioneel
            fout={f.einddatum}
            waarde={r.einddatum}
            onWijzig={(einddatum) => wijzig({ einddatum })}
          />
          <TekstVeld
            id={veldId(r.sleutel, 'herindicatiedatum')}
            label="Herindicatiedatum"
            type="date"
            optioneel
            fout={f.herindicatiedatum}
            waarde={r.herindicatiedatum}
            onWijzig={(herindicatiedatum) => wijzig({ herindicatiedatum })}
          />
        </div>
      ) : null}
      <TekstVeld
        id={veldId(r.sleutel, 'motivering')}
        label="Motivering"
        rijen={4}
        max={10000}
        fout={f.motivering}
        beschrijving="Verwijs naar de bevindingen uit het onderzoek: de hulpvraag, de afwegingen (eigen kracht, netwerk, voorliggende voorzieningen) en de conclusie. Deze tekst staat in de brief aan de inwoner."
        waarde={r.motivering}
        onWijzig={(motivering) => wijzig({ motivering })}
      />
      {verwijder ? (
        <ButtonGroup>
          <Button appearance="subtle-button" onClick={verwijder}>
            Voorziening {nummer} verwijderen
          </Button>
        </ButtonGroup>
      ) : null}
    </Fieldset>
  );
}

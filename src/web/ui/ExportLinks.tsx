import { API_BASE, withQuery } from '../api/client.ts';

type Query = Record<string, string | number | boolean | null | undefined>;

/**
 * "Exporteren": download links for a list as CSV for Excel, Excel (XLSX) and standard CSV (docs/export.md), with the screen's current filters.
 * Plain links to the API with ?formaat=, so the browser downloads with the session cookie and no
 * script is needed; the server leaves out what the user's role may not export and says so in the
 * file. `publicatie` adds the variants with small counts suppressed (monitoring tables).
 */
export function ExportLinks({
  pad,
  query = {},
  naam,
  publicatie = false,
}: {
  /** The list's API path, e.g. '/werkvoorraad'. */
  pad: string;
  query?: Query;
  /** What is exported, for the accessible names: "CSV van {naam}". */
  naam: string;
  publicatie?: boolean;
}) {
  const url = (formaat: string, voorPublicatie?: boolean) =>
    withQuery(`${API_BASE}${pad}`, {
      ...query,
      na: undefined,
      pageSize: undefined,
      formaat,
      publicatie: voorPublicatie ? 'true' : undefined,
    });
  const links: Array<[string, string, boolean]> = [
    // People open a CSV in Excel: semicolons and a BOM, or Dutch Excel puts everything in one column.
    ['csv-excel', 'CSV voor Excel', false],
    ['xlsx', 'Excel (XLSX)', false],
    ['csv', 'CSV met komma’s (voor software)', false],
    ...(publicatie
      ? ([
          ['csv', 'CSV voor publicatie', true],
          ['xlsx', 'Excel (XLSX) voor publicatie', true],
        ] as Array<[string, string, boolean]>)
      : []),
  ];
  return (
    <nav className="ot-export" aria-label={`Exporteren: ${naam}`}>
      <span>Exporteren:</span>
      {links.map(([formaat, label, voorPublicatie]) => (
        <a key={label} href={url(formaat, voorPublicatie)} download>
          {label}
          <span className="ot-visueel-verborgen"> van {naam}</span>
        </a>
      ))}
    </nav>
  );
}

export interface ImportFout {
  regel: number;
  kolom: string | null;
  code: string;
  melding: string;
}

export interface Aantallen {
  personen: number;
  beschikkingen: number;
  voorzieningen: number;
  toewijzingen: number;
}

export interface ImportRapport {
  id: string;
  gemeenteCode: string;
  status: 'klaar' | 'geweigerd';
  bestandsnaam: string | null;
  codering: string;
  scheidingsteken: string | null;
  ongeldigeOverslaan: boolean;
  regels: number;
  geldigeRegels: number;
  ongeldigeRegels: number;
  nieuw: Aantallen;
  alAanwezig: number;
  meldingen: string[];
  fouten: ImportFout[];
  foutenTotaal: number;
  duurMs: number;
}

export interface ImportSamenvatting {
  id: string;
  gemeenteCode: string;
  bestandsnaam: string | null;
  status: 'bezig' | 'klaar' | 'geweigerd' | 'mislukt';
  regels: number;
  ongeldigeRegels: number;
  verwerkteRegels: number;
  nieuw: Aantallen;
  alAanwezig: number;
  gestartOp: string;
  klaarOp: string | null;
}

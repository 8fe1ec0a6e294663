import { useState } from 'react';
import { type ApiError, asApiError } from '../api/client.ts';
import { type FormulierFouten, veldFouten } from './formulier.ts';

export interface Versturen {
  bezig: boolean;
  /** The last failure, with its invalidParams sorted over the form's fields. */
  fout: { fout: ApiError; velden: FormulierFouten } | null;
  /** Counts failures: a new key per attempt remounts the error summary so that it takes focus again. */
  poging: number;
  /** Runs the save; an ApiError is kept in `fout`, everything typed stays in the form. */
  verstuur(actie: () => Promise<void>): Promise<void>;
}

/** The save cycle of a small form: busy flag, field errors, focus on a new error. */
export function useVersturen(velden: readonly string[]): Versturen {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Versturen['fout']>(null);
  const [poging, setPoging] = useState(0);
  return {
    bezig,
    fout,
    poging,
    async verstuur(actie) {
      setBezig(true);
      try {
        await actie();
        setFout(null);
      } catch (err) {
        const f = asApiError(err);
        setFout({ fout: f, velden: veldFouten(f, velden) });
        setPoging((p) => p + 1);
      } finally {
        setBezig(false);
      }
    },
  };
}

import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { Activiteiten } from './Activiteiten.tsx';
import { Opdrachten } from './Opdrachten.tsx';
import { Signalenbord } from './Signalenbord.tsx';
import { SocialeKaart } from './SocialeKaart.tsx';
import { Wijkprofiel } from './Wijkprofiel.tsx';

/**
 * The screens under /wijken; each checks its own permission. The menu item needs the sociale kaart's;
 * who may not read the signal board (beheer) lands on the kaart.
 */
export function WijkenSchermen() {
  const mag = useMag();
  const met = (recht: string, el: ReactElement) => (mag(recht) ? el : <GeenToegang />);
  return (
    <Routes>
      <Route
        index
        element={mag('wijk.signalen-raadplegen') ? <Signalenbord /> : <Navigate to="sociale-kaart" replace />}
      />
      <Route path="profiel/:code" element={met('wijk.profiel-raadplegen', <Wijkprofiel />)} />
      <Route path="sociale-kaart" element={met('wijk.sociale-kaart-raadplegen', <SocialeKaart />)} />
      <Route path="activiteiten" element={met('wijk.activiteiten-raadplegen', <Activiteiten />)} />
      <Route path="opdrachten" element={met('wijk.opdrachten-raadplegen', <Opdrachten />)} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

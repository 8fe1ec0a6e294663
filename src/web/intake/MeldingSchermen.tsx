import { Route, Routes } from 'react-router-dom';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { HuishoudenPagina } from './HuishoudenPagina.tsx';
import { MeldingPagina } from './MeldingPagina.tsx';
import { PersoonPagina } from './PersoonPagina.tsx';

/** The screens under /meldingen (registering a new one is its own screen: other roles). */
export function MeldingSchermen() {
  return (
    <Routes>
      <Route path=":id" element={<MeldingPagina />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

/** The screens under /huishoudens. */
export function HuishoudenSchermen() {
  return (
    <Routes>
      <Route path=":id" element={<HuishoudenPagina />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

/** The screens under /personen: one person, corrected, with the history of the details. */
export function PersoonSchermen() {
  return (
    <Routes>
      <Route path=":id" element={<PersoonPagina />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

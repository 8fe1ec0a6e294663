import { Route, Routes } from 'react-router-dom';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { BeschikkingPagina } from './BeschikkingPagina.tsx';
import { BeschikkingWijzigen } from './BeschikkingWijzigen.tsx';

/** The screens under /beschikkingen: one beschikking, and changing a concept. */
export function BeschikkingSchermen() {
  return (
    <Routes>
      <Route path=":id" element={<BeschikkingPagina />} />
      <Route path=":id/wijzigen" element={<BeschikkingWijzigen />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

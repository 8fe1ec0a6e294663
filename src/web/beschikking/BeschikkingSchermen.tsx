import { Route, Routes } from 'react-router-dom';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { BeschikkingPagina } from './BeschikkingPagina.tsx';
import { BeschikkingWijzigen } from './BeschikkingWijzigen.tsx';
import { IntrekkingOpstellen } from './IntrekkingOpstellen.tsx';
import { LichteHerindicatie } from './LichteHerindicatie.tsx';
import { WijzigingOpstellen } from './WijzigingOpstellen.tsx';

/**
 * The screens under /beschikkingen: one beschikking, changing a concept, and the new beschikkingen
 * that change a fixed one (wijziging, intrekking) or continue one of its voorzieningen (herindicatie).
 */
export function BeschikkingSchermen() {
  return (
    <Routes>
      <Route path=":id" element={<BeschikkingPagina />} />
      <Route path=":id/wijzigen" element={<BeschikkingWijzigen />} />
      <Route path=":id/wijziging" element={<WijzigingOpstellen />} />
      <Route path=":id/intrekking" element={<IntrekkingOpstellen />} />
      <Route path=":id/voorzieningen/:voorzieningId/herindicatie" element={<LichteHerindicatie />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

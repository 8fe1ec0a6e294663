import { Fragment, type ReactNode } from 'react';
import { Route, Routes, useParams } from 'react-router-dom';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { BeschikkingPagina } from './BeschikkingPagina.tsx';
import { BeschikkingWijzigen } from './BeschikkingWijzigen.tsx';
import { IntrekkingOpstellen } from './IntrekkingOpstellen.tsx';
import { LichteHerindicatie } from './LichteHerindicatie.tsx';
import { WijzigingOpstellen } from './WijzigingOpstellen.tsx';

/**
 * Another :id is another page: state of the previous beschikking (a confirmation, the result of a
 * vaststelling, an open question) must not carry over when a link leads from one to the other.
 */
function PerBeschikking({ children }: { children: ReactNode }) {
  const { id } = useParams();
  return <Fragment key={id}>{children}</Fragment>;
}

/**
 * The screens under /beschikkingen: one beschikking, changing a concept, and the new beschikkingen
 * that change a fixed one (wijziging, intrekking) or continue one of its voorzieningen (herindicatie).
 */
export function BeschikkingSchermen() {
  return (
    <Routes>
      <Route
        path=":id"
        element={
          <PerBeschikking>
            <BeschikkingPagina />
          </PerBeschikking>
        }
      />
      <Route path=":id/wijzigen" element={<BeschikkingWijzigen />} />
      <Route path=":id/wijziging" element={<WijzigingOpstellen />} />
      <Route path=":id/intrekking" element={<IntrekkingOpstellen />} />
      <Route path=":id/voorzieningen/:voorzieningId/herindicatie" element={<LichteHerindicatie />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

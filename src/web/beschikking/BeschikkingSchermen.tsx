import { Fragment, type ReactNode } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router-dom';
import { useMag } from '../app/sessie.tsx';
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
 * /beschikkingen itself is no list of its own (every beschikking belongs to a case): it leads to the
 * list that fits the user's job — four eyes for the backoffice, their own cases for a caseworker.
 */
function NaarLijst() {
  const mag = useMag();
  const naar = mag('beschikkingen.controleren')
    ? '/te-controleren'
    : mag('zaken.raadplegen')
      ? '/mijn-zaken'
      : '/herindicaties';
  return <Navigate to={naar} replace />;
}

/**
 * The screens under /beschikkingen: one beschikking, changing a concept, and the new beschikkingen
 * that change a fixed one (wijziging, intrekking) or continue one of its voorzieningen (herindicatie).
 */
export function BeschikkingSchermen() {
  return (
    <Routes>
      <Route index element={<NaarLijst />} />
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

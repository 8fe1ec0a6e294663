import { Route, Routes } from 'react-router-dom';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { Inbox } from './Inbox.tsx';
import { PartnerVerwijzingPagina } from './PartnerVerwijzingPagina.tsx';

/** The screens under /preventie, for partner staff. */
export function PreventieSchermen() {
  return (
    <Routes>
      <Route index element={<Inbox />} />
      <Route path=":id" element={<PartnerVerwijzingPagina />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

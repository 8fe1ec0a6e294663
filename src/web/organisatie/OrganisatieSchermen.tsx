import { Route, Routes } from 'react-router-dom';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { MedewerkerNieuw } from './MedewerkerNieuw.tsx';
import { MedewerkerWijzigen } from './MedewerkerWijzigen.tsx';
import { OrganisatiePagina } from './OrganisatiePagina.tsx';
import { useMagBeheren } from './rechten.ts';

/** The screens under /organisatie. */
export function OrganisatieSchermen() {
  const beheer = useMagBeheren();
  return (
    <Routes>
      <Route index element={<OrganisatiePagina />} />
      <Route path="medewerkers/nieuw" element={beheer ? <MedewerkerNieuw /> : <GeenToegang />} />
      <Route path="medewerkers/:id" element={beheer ? <MedewerkerWijzigen /> : <GeenToegang />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

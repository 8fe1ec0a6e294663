import { Route, Routes } from 'react-router-dom';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { MedewerkerNieuw } from './MedewerkerNieuw.tsx';
import { MedewerkerWijzigen } from './MedewerkerWijzigen.tsx';
import { OrganisatiePagina } from './OrganisatiePagina.tsx';

/** The screens under /organisatie. */
export function OrganisatieSchermen() {
  const beheer = useMag()('organisatie.beheren');
  return (
    <Routes>
      <Route index element={<OrganisatiePagina />} />
      <Route path="medewerkers/nieuw" element={beheer ? <MedewerkerNieuw /> : <GeenToegang />} />
      <Route path="medewerkers/:id" element={beheer ? <MedewerkerWijzigen /> : <GeenToegang />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

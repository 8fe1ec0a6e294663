import { Route, Routes } from 'react-router-dom';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { ImportPagina } from './ImportPagina.tsx';
import { ProjectenLijst } from './ProjectenLijst.tsx';
import { ProjectNieuw, ProjectWijzigen } from './ProjectFormulier.tsx';
import { ProjectPagina } from './ProjectPagina.tsx';
import { RapportageBewerken } from './RapportageBewerken.tsx';
import { RapportagePagina } from './RapportagePagina.tsx';
import { RegisterBewerken } from './RegisterBewerken.tsx';
import { VariantPagina } from './VariantPagina.tsx';
import './projecten.css';

/** The screens under /projecten: list, import, a project with its registers, rapportages, variants. */
export function ProjectenSchermen() {
  return (
    <Routes>
      <Route index element={<ProjectenLijst />} />
      <Route path="importeren" element={<ImportPagina />} />
      <Route path="nieuw" element={<ProjectNieuw />} />
      <Route path="rapportages/:id" element={<RapportagePagina />} />
      <Route path="rapportages/:id/bewerken" element={<RapportageBewerken />} />
      <Route path="varianten/:id" element={<VariantPagina />} />
      <Route path=":id" element={<ProjectPagina />} />
      <Route path=":id/wijzigen" element={<ProjectWijzigen />} />
      <Route path=":id/:register" element={<RegisterBewerken />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

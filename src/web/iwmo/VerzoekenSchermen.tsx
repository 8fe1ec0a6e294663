import { Route, Routes } from 'react-router-dom';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { VerzoekenPagina } from './VerzoekenPagina.tsx';
import { VerzoekPagina } from './VerzoekPagina.tsx';
import './verzoeken.css';

/** The screens under /iwmo-verzoeken: the worklist and one verzoek with its answers. */
export function VerzoekenSchermen() {
  return (
    <Routes>
      <Route index element={<VerzoekenPagina />} />
      <Route path=":id" element={<VerzoekPagina />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

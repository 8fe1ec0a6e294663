import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { FoutPagina, FoutPaginaZonderLayout } from '../fout/FoutPagina.tsx';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { ActiveerPagina } from '../inloggen/ActiveerPagina.tsx';
import { InlogPagina } from '../inloggen/InlogPagina.tsx';
import { Toegankelijkheidsverklaring } from '../toegankelijkheid/Toegankelijkheidsverklaring.tsx';
import { Aangemeld, SchermMetRecht } from './Bewaking.tsx';
import { Layout } from './Layout.tsx';
import { SCHERMEN } from './schermen.ts';

const schermRoutes: RouteObject[] = SCHERMEN.map((scherm) =>
  scherm.pad === '/'
    ? { index: true, element: <SchermMetRecht scherm={scherm} /> }
    : { path: `${scherm.pad.slice(1)}/*`, element: <SchermMetRecht scherm={scherm} /> },
);

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // The layout itself failed: show the error in a bare shell.
    errorElement: <FoutPaginaZonderLayout />,
    children: [
      {
        // A screen failed: show the error inside the normal layout, menu still usable.
        errorElement: <FoutPagina />,
        children: [
          { path: 'inloggen', element: <InlogPagina /> },
          { path: 'inloggen/activeren', element: <ActiveerPagina /> },
          // Public: the statement must be reachable without an account.
          { path: 'toegankelijkheid', element: <Toegankelijkheidsverklaring /> },
          { element: <Aangemeld />, children: schermRoutes },
          { path: '*', element: <NietGevonden /> },
        ],
      },
    ],
  },
];

export function maakRouter() {
  return createBrowserRouter(routes);
}

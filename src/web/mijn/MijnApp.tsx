import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createBrowserRouter, Link, Navigate, Outlet, RouterProvider } from 'react-router-dom';
import { Laden } from '../ui/ApiFoutMelding.tsx';
import { HulpZoeken } from './HulpZoeken.tsx';
import { Inloggen } from './Inloggen.tsx';
import { MeldingDoen } from './MeldingDoen.tsx';
import { MijnGegevens } from './MijnGegevens.tsx';
import { MijnSchil } from './MijnSchil.tsx';
import { MijnZaak } from './MijnZaak.tsx';
import { MijnZaken } from './MijnZaken.tsx';
import { InwonerSessieProvider, useInwoner } from './sessie.tsx';
import { Verslag } from './Verslag.tsx';
import './mijn.css';

function Ingelogd() {
  const { staat } = useInwoner();
  if (staat.status === 'laden') return <Laden tekst="Even geduld…" />;
  if (staat.status === 'afgemeld') return <Navigate to="/mijn/inloggen" replace />;
  return <Outlet />;
}

function NietGevonden() {
  return (
    <>
      <Heading level={1}>Deze pagina bestaat niet</Heading>
      <Paragraph>
        <Link to="/mijn">Naar Mijn zaken</Link>
      </Paragraph>
    </>
  );
}

function maakRouter() {
  return createBrowserRouter([
    {
      path: '/mijn',
      element: <MijnSchil />,
      children: [
        { path: 'inloggen', element: <Inloggen /> },
        // Hulp zoeken needs no login: finding help is for everyone.
        { path: 'hulp', element: <HulpZoeken /> },
        {
          element: <Ingelogd />,
          children: [
            { index: true, element: <MijnZaken /> },
            { path: 'melden', element: <MeldingDoen /> },
            { path: 'gegevens', element: <MijnGegevens /> },
            { path: 'zaken/:id', element: <MijnZaak /> },
            { path: 'zaken/:id/verslag', element: <Verslag /> },
          ],
        },
        { path: '*', element: <NietGevonden /> },
      ],
    },
  ]);
}

/** The inwonerportaal: its own entry under /mijn, its own session, no staff screens (issue 17). */
export function MijnApp() {
  const [router] = useState(maakRouter);
  return (
    <InwonerSessieProvider>
      <RouterProvider router={router} />
    </InwonerSessieProvider>
  );
}

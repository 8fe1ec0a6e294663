import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './ui/app.css';
import './ui/thema.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';

// The inwonerportaal is its own entry under /mijn (issue 17): its own router and session, loaded
// as a separate chunk, never the staff screens.
const MijnApp = lazy(() => import('./mijn/MijnApp.tsx').then((m) => ({ default: m.MijnApp })));
const portaal = window.location.pathname === '/mijn' || window.location.pathname.startsWith('/mijn/');

const root = document.getElementById('root');
if (!root) throw new Error('Element #root ontbreekt in index.html');
createRoot(root).render(
  <StrictMode>
    {portaal ? (
      <Suspense fallback={null}>
        <MijnApp />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);

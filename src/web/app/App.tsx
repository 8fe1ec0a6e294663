import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { HuisstijlProvider } from './huisstijl.tsx';
import { maakRouter } from './router.tsx';
import { SessieProvider } from './sessie.tsx';

export function App() {
  const [router] = useState(maakRouter);
  return (
    <SessieProvider>
      <HuisstijlProvider>
        <RouterProvider router={router} />
      </HuisstijlProvider>
    </SessieProvider>
  );
}

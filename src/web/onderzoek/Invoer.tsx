import type { ReactNode } from 'react';
import { naarVeld } from '../ui/naarVeld.ts';

export { naarVeld };

export function VeldLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a
      className="utrecht-link"
      href={`#${id}`}
      onClick={(e) => {
        e.preventDefault();
        naarVeld(id);
      }}
    >
      {children}
    </a>
  );
}

import type { ReactNode } from 'react';

/** Moves focus to a field by id (for error summaries and the "Nog in te vullen" checklist). */
export function naarVeld(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

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

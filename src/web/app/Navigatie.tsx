import { NavBar, NavList } from '@utrecht/component-library-react';
import { NavLink } from 'react-router-dom';
import type { Rol } from '../api/types.ts';
import { menuVoor } from './schermen.tsx';

/** The main menu: the screens of SCHERMEN the user's roles may open. */
export function Navigatie({ rollen }: { rollen: readonly Rol[] }) {
  return (
    <NavBar aria-label="Hoofdmenu" className="ot-menu">
      <NavList>
        {menuVoor(rollen).map((s) => (
          <li key={s.pad} className="utrecht-nav-list__item">
            <NavLink
              to={s.pad}
              end={s.pad === '/'}
              className={({ isActive }) =>
                `utrecht-link utrecht-link--html-a utrecht-nav-list__link${isActive ? ' ot-menu__actief' : ''}`
              }
            >
              {s.label}
            </NavLink>
          </li>
        ))}
      </NavList>
    </NavBar>
  );
}

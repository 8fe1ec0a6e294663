import { NavBar, NavList } from '@utrecht/component-library-react';
import { NavLink } from 'react-router-dom';
import { menuVoor } from './schermen.ts';

/** The main menu: the screens of SCHERMEN whose permission the user holds. */
export function Navigatie({ rechten }: { rechten: readonly string[] }) {
  return (
    <NavBar aria-label="Hoofdmenu" className="ot-menu">
      <NavList>
        {menuVoor(rechten).map((s) => (
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

import { NavBar, NavList } from '@utrecht/component-library-react';
import { NavLink } from 'react-router-dom';
import { useTaken } from '../werk/taken.ts';
import '../werk/werk.css';
import { menuVoor } from './schermen.ts';

/**
 * The main menu: the screens of SCHERMEN whose permission the user holds. An item with a task
 * count (`teller`) shows how many wait, e.g. beschikkingen to check under four eyes.
 */
export function Navigatie({ rechten }: { rechten: readonly string[] }) {
  const taken = useTaken(rechten);
  const aantal = new Map(taken.data?.map((t) => [t.code as string, t.aantal]));
  return (
    <NavBar aria-label="Hoofdmenu" className="ot-menu">
      <NavList>
        {menuVoor(rechten).map((s) => {
          const n = s.teller ? (aantal.get(s.teller) ?? 0) : 0;
          return (
            <li key={s.pad} className="utrecht-nav-list__item">
              <NavLink
                to={s.pad}
                end={s.pad === '/'}
                className={({ isActive }) =>
                  `utrecht-link utrecht-link--html-a utrecht-nav-list__link${isActive ? ' ot-menu__actief' : ''}`
                }
              >
                {s.label}
                {n > 0 ? (
                  <span className="ot-menu__teller">
                    {n}
                    <span className="ot-visueel-verborgen"> wachtend</span>
                  </span>
                ) : null}
              </NavLink>
            </li>
          );
        })}
      </NavList>
    </NavBar>
  );
}

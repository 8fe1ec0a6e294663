import { ButtonLink, type ButtonLinkProps, Link, type LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { type To, useHref, useLinkClickHandler } from 'react-router-dom';

/** href + onClick that navigate inside the app (no page reload), for any anchor component. */
function useAppHref(to: To, onClick?: (e: MouseEvent<HTMLAnchorElement>) => void) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return {
    href,
    onClick(e: MouseEvent<HTMLAnchorElement>) {
      onClick?.(e);
      if (!e.defaultPrevented) navigate(e);
    },
  };
}

export interface AppLinkProps extends Omit<LinkProps, 'href'> {
  to: To;
}

/** The NL Design System link for a route of this app. */
export function AppLink({ to, onClick, ...rest }: AppLinkProps) {
  return <Link {...rest} {...useAppHref(to, onClick)} />;
}

export interface AppButtonLinkProps extends Omit<ButtonLinkProps, 'href'> {
  to: To;
}

/** A link that looks like a button: for going to a form, which is navigation, not an action. */
export function AppButtonLink({ to, onClick, ...rest }: AppButtonLinkProps) {
  return <ButtonLink {...rest} {...useAppHref(to, onClick)} />;
}

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

/** "M-000007", "B-000012": a kenmerk must not break after its hyphen ("M-/000007", issue 15). */
const KENMERK = /^[A-Z]{1,3}-\d+$/;

/** The NL Design System link for a route of this app; a link that is a kenmerk does not wrap. */
export function AppLink({ to, onClick, className, ...rest }: AppLinkProps) {
  const kenmerk = typeof rest.children === 'string' && KENMERK.test(rest.children);
  const klasse = [className, kenmerk ? 'ot-kenmerk' : ''].filter(Boolean).join(' ') || undefined;
  return <Link {...rest} className={klasse} {...useAppHref(to, onClick)} />;
}

export interface AppButtonLinkProps extends Omit<ButtonLinkProps, 'href'> {
  to: To;
}

/** A link that looks like a button: for going to a form, which is navigation, not an action. */
export function AppButtonLink({ to, onClick, ...rest }: AppButtonLinkProps) {
  return <ButtonLink {...rest} {...useAppHref(to, onClick)} />;
}

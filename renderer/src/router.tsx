import { useSyncExternalStore, type AnchorHTMLAttributes } from 'react';

/*
 * Routes live in the URL hash (#/campus/units/u-12) so the same build works from file:// in Electron and from / in
 * serve mode. The first segment picks the module (renderer/src/modules.tsx); the rest is the module's own.
 */

export interface Route {
  /** "/campus/units/u-12" */
  path: string;
  /** ["campus", "units", "u-12"] */
  segments: string[];
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentHash = () => window.location.hash;

export function parseRoute(hash: string): Route {
  const segments = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  return { path: `/${segments.map(encodeURIComponent).join('/')}`, segments };
}

/** The current route; re-renders on every change of the hash. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentHash));
}

/** The href for a path such as "/campus". */
export const href = (path: string) => `#${path.startsWith('/') ? path : `/${path}`}`;

/** Goes to a path; `replace` keeps the current entry out of the back history. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    window.location.replace(href(path));
  } else {
    window.location.hash = href(path);
  }
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

/** An in-app link: a real <a>, so it opens with Enter and shows its target. */
export function Link({ to, ...rest }: LinkProps) {
  return <a href={href(to)} {...rest} />;
}

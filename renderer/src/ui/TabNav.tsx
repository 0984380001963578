import type { ReactNode } from 'react';
import { Link } from '../router.js';

export interface Tab {
  to: string;
  label: ReactNode;
  current: boolean;
  testId: string;
}

/** A page's sections as links under its header: each section has its own route, so Back and bookmarks work. */
export function TabNav({ label, tabs }: { label: string; tabs: readonly Tab[] }) {
  return (
    <nav className="tab-nav" aria-label={label}>
      {tabs.map((tab) => (
        <Link key={tab.to} to={tab.to} className="tab-link" aria-current={tab.current ? 'page' : undefined} data-testid={tab.testId}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

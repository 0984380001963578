import { useId, type ReactNode } from 'react';

export interface CardProps {
  /** Heading of the card; also its accessible name. */
  title?: ReactNode;
  /** Heading level for the title: 2 on a page (default), 3 inside a section. */
  level?: 2 | 3;
  /** Controls at the right of the heading. */
  actions?: ReactNode;
  /** "accent" draws attention (e.g. the one thing to do next). */
  tone?: 'plain' | 'accent';
  children?: ReactNode;
  className?: string;
  'data-testid'?: string;
}

/** A titled panel; a page's sections and the dashboard's tiles are cards. */
export function Card({ title, level = 2, actions, tone = 'plain', children, className, 'data-testid': testId }: CardProps) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['card', tone === 'accent' ? 'card-accent' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={title ? headingId : undefined}
      data-testid={testId}
    >
      {title || actions ? (
        <header className="card-header">
          {title ? (
            <Heading className="card-title" id={headingId}>
              {title}
            </Heading>
          ) : null}
          {actions ? <div className="card-actions">{actions}</div> : null}
        </header>
      ) : null}
      {children}
    </section>
  );
}

export interface PageHeaderProps {
  /** The page's one h1. */
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, subtitle, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        <h1 className="page-title">{title}</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}

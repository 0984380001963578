import type { ReactNode } from 'react';
import { useText } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import { Icon, type IconName } from './icons.js';

export type Tone = 'info' | 'success' | 'warning' | 'danger';

const ICONS: Record<Tone, IconName> = { info: 'info', success: 'check', warning: 'alert', danger: 'alert' };

export interface NoticeProps {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  /** Extra controls on the right (e.g. a retry button). */
  actions?: ReactNode;
  /** Shows a close button. */
  onDismiss?: () => void;
  'data-testid'?: string;
}

/** A message in the flow of the page. Danger is announced at once (role="alert"); the others politely (role="status"). */
export function Notice({ tone = 'info', title, children, actions, onDismiss, 'data-testid': testId }: NoticeProps) {
  const t = useText(uiText);
  return (
    <div className={`notice notice-${tone}`} role={tone === 'danger' ? 'alert' : 'status'} data-testid={testId}>
      <Icon name={ICONS[tone]} size={20} />
      <div className="notice-body">
        {title ? <div className="notice-title">{title}</div> : null}
        {children ? <div className="notice-text">{children}</div> : null}
      </div>
      {actions}
      {onDismiss ? (
        <button type="button" className="icon-btn" onClick={onDismiss} aria-label={t.dismiss} title={t.dismiss}>
          <Icon name="close" size={16} />
        </button>
      ) : null}
    </div>
  );
}

export interface BadgeProps {
  tone?: Tone | 'neutral';
  children: ReactNode;
}

/** A short status word in a table cell or heading. */
export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

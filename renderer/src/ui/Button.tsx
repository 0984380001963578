import type { ButtonHTMLAttributes } from 'react';
import { Icon, type IconName } from './icons.js';
import { Spinner } from './Progress.js';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the one main action of a view; secondary (default): others; danger: removes or stops; ghost: low-key, in tables. */
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'normal' | 'small';
  /** Icon before the label. */
  icon?: IconName;
  /** Shows a spinner and disables the button while an action runs. */
  busy?: boolean;
}

/** A real <button> (type "button" unless told otherwise, so it never submits a form by accident). */
export function Button({ variant = 'secondary', size = 'normal', icon, busy = false, className, disabled, children, type = 'button', ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size === 'small' ? 'btn-small' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy ? <Spinner size={16} /> : icon ? <Icon name={icon} size={size === 'small' ? 16 : 18} /> : null}
      <span>{children}</span>
    </button>
  );
}

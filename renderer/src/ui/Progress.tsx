import { useText } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';

export interface SpinnerProps {
  /** Pixels; defaults to 20. */
  size?: number;
  /** When given, the spinner is announced (role="status") with this text; without it, it is decoration. */
  label?: string;
}

export function Spinner({ size = 20, label }: SpinnerProps) {
  const ring = <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />;
  if (!label) return ring;
  return (
    <span className="spinner-labelled" role="status">
      {ring}
      <span>{label}</span>
    </span>
  );
}

export interface ProgressBarProps {
  /** What is in progress; shown above the bar and used as its accessible name. */
  label: string;
  /** 0–1; leave out when the duration is unknown (an indeterminate, moving bar). */
  value?: number;
  'data-testid'?: string;
}

export function ProgressBar({ label, value, 'data-testid': testId }: ProgressBarProps) {
  const percent = value === undefined ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="progress" data-testid={testId}>
      <div className="progress-label">{label}</div>
      <div
        className={percent === undefined ? 'progress-track indeterminate' : 'progress-track'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}

/** A whole region waiting for its data. */
export function Loading() {
  const t = useText(uiText);
  return (
    <div className="loading">
      <Spinner label={t.loading} />
    </div>
  );
}

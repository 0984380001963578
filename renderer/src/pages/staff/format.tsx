import type { RotationRefusalDetails } from '../../../../shared/rotation/contract.js';
import type { CoverageRefusal } from '../../../../shared/rotation/coverage.js';
import type { EligibilityReason, EligibilityResult, RotationStatus } from '../../../../shared/rotation/schema.js';
import type { ApiError } from '../../../../shared/contract/define.js';
import { useMemo } from 'react';
import { useDates, useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { rotationText } from '../../i18n/rotation.js';
import { Notice } from '../../ui/Notice.js';

const HOUR_MS = 3_600_000;

/** A calendar date (YYYY-MM-DD) as a Date at local noon, so formatting never slips to the day before. */
const dateOnly = (date: string) => new Date(`${date}T12:00:00`);

/** Rotation facts in the reader's language: reasons, refusals and dates, from what the host returns. */
export function useRotationFormat() {
  const t = useText(rotationText);
  const dates = useDates();
  const numbers = useNumbers();
  return useMemo(() => {
    const day = (d: string) => dates.date(dateOnly(d));
    const at = (iso: string) => dates.dateTime(iso);
    const reason = (r: EligibilityReason, check: EligibilityResult): string => {
      switch (r.code) {
        case 'risk_area_stay':
          return t.reason_stay(r.place, t[`level_${r.level}`], day(r.overlapFrom), day(r.overlapTo));
        case 'contact_history':
          return r.kind === 'closeContact' ? t.reason_closeContact(day(r.on)) : t.reason_caseContact(day(r.on));
        case 'nat_positive':
          return t.reason_positive(at(r.sampledAt));
        case 'nat_expired':
          return t.reason_expired(at(r.sampledAt), numbers.format((Date.parse(check.entryAt) - Date.parse(r.validFrom)) / HOUR_MS), at(r.validFrom));
        case 'nat_after_entry':
          return t.reason_afterEntry(at(r.sampledAt), at(r.validFrom));
        case 'nat_missing':
          return t.reason_missing(at(r.validFrom));
      }
    };
    const refusal = (r: CoverageRefusal, roleName: (id: string) => string): string => {
      switch (r.code) {
        case 'below_minimum':
          return t.plan_below(r.roleName, numbers.format(r.count), at(r.at), numbers.format(r.minimum));
        case 'outgoing_not_on_campus':
          return t.plan_notOnCampus(roleName(r.roleId));
        case 'outgoing_already_leaving':
          return t.plan_alreadyLeaving;
        case 'unknown_role':
          return t.plan_unknownRole;
      }
    };
    return { day, at, n: numbers.format, reason, refusal, status: (s: RotationStatus) => t[`status_${s}`] };
  }, [t, dates, numbers]);
}

const STATUS_TONE: Record<RotationStatus, string> = {
  request: 'badge-info',
  approved: 'badge-warning',
  entered: 'badge-success',
  completed: '',
  rejected: 'badge-danger',
  cancelled: '',
};

export function StatusBadge({ status }: { status: RotationStatus }) {
  const f = useRotationFormat();
  return <span className={['badge', STATUS_TONE[status]].filter(Boolean).join(' ')} data-testid="rotation-status">{f.status(status)}</span>;
}

export interface CheckViewProps {
  check: EligibilityResult;
  /** What the check is for, e.g. "Checked now for entry at …". */
  caption?: string;
  'data-testid'?: string;
}

/** An eligibility result: one line when it passes, every failed reason when it does not. */
export function CheckView({ check, caption, 'data-testid': testId }: CheckViewProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  return (
    <div className={check.eligible ? 'rot-check rot-check-ok' : 'rot-check rot-check-fail'} data-testid={testId} data-eligible={check.eligible}>
      <div className="rot-check-head">
        <span className={check.eligible ? 'badge badge-success' : 'badge badge-danger'}>{check.eligible ? t.eligible : t.notEligible(check.reasons.length)}</span>
        {caption ? <span className="muted rot-small">{caption}</span> : null}
      </div>
      {check.eligible ? null : (
        <ul className="rot-reasons" aria-label={t.reasonsTitle}>
          {check.reasons.map((r, i) => (
            <li key={i} data-reason={r.code}>
              {f.reason(r, check)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The details a refused request, approval or entry carries, if the host sent them. */
export function refusalDetails(error: ApiError | null): RotationRefusalDetails | null {
  const d = error?.details as RotationRefusalDetails | undefined;
  return d && (d.kind === 'eligibility' || d.kind === 'coverage') ? d : null;
}

/** A refusal shown in the reader's words, with its reasons, instead of the host's English sentence. */
export function RefusalNotice({ details, title, roleName }: { details: RotationRefusalDetails; title: string; roleName: (id: string) => string }) {
  const f = useRotationFormat();
  return (
    <Notice tone="danger" title={title} data-testid="rotation-refusal">
      {details.kind === 'eligibility' ? (
        <CheckView check={details.check} />
      ) : (
        <p className="rot-plan-refusal">{f.refusal(details.refusal, roleName)}</p>
      )}
    </Notice>
  );
}

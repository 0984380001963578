import type { RotationView } from '../../../../shared/rotation/contract.js';
import { useState, type ReactNode } from 'react';
import { api, ApiFailure } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Link } from '../../router.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, TextArea } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { useRotationAccess } from './access.js';
import { CheckView, RefusalNotice, StatusBadge, refusalDetails, useRotationFormat } from './format.js';

export interface RotationItemProps {
  rotation: RotationView;
  /** After an action changed the rotation: reload the list it is in, and say what happened if there is news. */
  onChanged: (message?: string) => void;
  /** Extra content at the bottom, e.g. the principal's decision form. */
  children?: ReactNode;
  /** Leaves out the gate actions (entry, departure, cancel). */
  readOnly?: boolean;
}

/** One rotation as a card: who replaces whom, when, what the checks say, and what can be done next. */
export function RotationItem({ rotation: r, onChanged, children, readOnly = false }: RotationItemProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const { canMaintain, canDecide } = useRotationAccess();
  const action = useAction();
  const [cancelling, setCancelling] = useState(false);
  const nowMs = Date.now();
  const past = (at: string) => (r.status === 'approved' || r.status === 'entered') && Date.parse(at) < nowMs;
  const refusal = refusalDetails(action.error);
  const refusedEntry = r.status === 'approved' && r.entryCheck && !r.entryCheck.eligible ? r.entryCheck : null;

  const run = (fn: () => Promise<string>) =>
    action.run(async () => {
      try {
        onChanged(await fn());
      } catch (err) {
        // A refused entry is recorded on the rotation: reload to show it there.
        if (err instanceof ApiFailure && refusalDetails(err.error)) onChanged();
        throw err;
      }
    });

  return (
    <article className={`rot-item rot-item-${r.status}`} data-testid={`rotation-${r.id}`} aria-label={t.replaces(r.incoming.name, r.outgoing.name)}>
      <header className="rot-item-head">
        <h3 className="rot-item-title">
          <Link to={`/staff/candidates/${encodeURIComponent(r.incoming.candidateId)}`}>{r.incoming.name}</Link>
          <span className="rot-arrow" aria-hidden="true">
            ⇄
          </span>
          <span>{r.outgoing.name}</span>
        </h3>
        <StatusBadge status={r.status} />
      </header>
      <dl className="rot-facts">
        <dt>{t.roleLabel}</dt>
        <dd>
          {r.roleName}
          {r.outgoing.unitName ? <span className="muted"> · {r.outgoing.unitName}</span> : null}
        </dd>
        <dt>{t.handover}</dt>
        <dd>
          {r.enteredAt ? t.enteredAt(f.at(r.enteredAt)) : f.at(r.plannedHandoverAt)}
          {!r.enteredAt && past(r.plannedHandoverAt) ? <span className="badge badge-warning rot-past">{t.overdueMove}</span> : null}
        </dd>
        <dt>{t.leave}</dt>
        <dd>
          {r.leftAt ? t.leftAt(f.at(r.leftAt)) : f.at(r.plannedLeaveAt)}
          {!r.leftAt && past(r.plannedLeaveAt) ? <span className="badge badge-warning rot-past">{t.overdueMove}</span> : null}
        </dd>
      </dl>

      {/* After a refused entry the refusal says it all, unless a new certificate has made the check pass since. */}
      {r.liveCheck && !(refusedEntry && !r.liveCheck.eligible) ? (
        <CheckView
          check={r.liveCheck}
          caption={r.status === 'request' ? t.checkForHandover(f.at(r.plannedHandoverAt)) : t.checkForNow}
          data-testid="live-check"
        />
      ) : null}
      {refusedEntry ? (
        <div className="rot-refused" data-testid="entry-refused">
          <strong>{t.entryRefused(f.at(refusedEntry.checkedAt))}</strong>
          <CheckView check={refusedEntry} />
        </div>
      ) : null}
      {r.planCheck && !r.planCheck.ok ? (
        <p className="rot-plan-refusal" data-testid="plan-refusal">
          {f.refusal(r.planCheck.refusal, () => r.roleName)}
        </p>
      ) : null}

      {r.approval ? (
        <p className="rot-decision" data-testid="decision">
          {r.approval.decision === 'approved' ? t.approvedBy(r.approverName ?? '', f.at(r.approval.at)) : t.rejectedBy(r.approverName ?? '', f.at(r.approval.at))}
          {r.approval.comment ? <span className="rot-comment"> {t.quoted(r.approval.comment)}</span> : null}
        </p>
      ) : null}
      {r.cancellation ? (
        <p className="rot-decision">
          {t.cancelledBy(r.cancelledByName ?? '', f.at(r.cancellation.at))}
          <span className="rot-comment"> {t.quoted(r.cancellation.reason)}</span>
        </p>
      ) : null}

      {refusal ? (
        refusedEntry ? null : <RefusalNotice details={refusal} title={t.reasonsTitle} roleName={() => r.roleName} />
      ) : (
        <ErrorBanner error={action.error} onDismiss={action.clear} />
      )}
      {children}
      {readOnly ? null : (
        <div className="rot-actions">
          {canDecide && r.status === 'request' ? (
            <Link to="/staff/inbox" className="btn btn-secondary btn-small">
              {t.decideInInbox}
            </Link>
          ) : null}
          {canMaintain && r.status === 'approved' ? (
            <Button
              size="small"
              variant="primary"
              busy={action.busy}
              onClick={() => void run(async () => (await api.call('rotation.rotations.enter', { id: r.id }), t.entered(r.incoming.name)))}
              data-testid="record-entry"
            >
              {t.recordEntry}
            </Button>
          ) : null}
          {canMaintain && r.status === 'entered' ? (
            <Button
              size="small"
              variant="primary"
              busy={action.busy}
              onClick={() => void run(async () => (await api.call('rotation.rotations.markLeft', { id: r.id }), t.left(r.outgoing.name)))}
              data-testid="mark-left"
            >
              {t.markLeft}
            </Button>
          ) : null}
          {canMaintain && (r.status === 'request' || r.status === 'approved') ? (
            <Button size="small" variant="ghost" onClick={() => setCancelling(true)} data-testid="cancel-rotation">
              {t.cancel}
            </Button>
          ) : null}
        </div>
      )}
      {cancelling ? (
        <CancelDialog
          rotation={r}
          onClose={() => setCancelling(false)}
          onDone={() => {
            setCancelling(false);
            onChanged(t.cancelled);
          }}
        />
      ) : null}
    </article>
  );
}

function CancelDialog({ rotation, onClose, onDone }: { rotation: RotationView; onClose: () => void; onDone: () => void }) {
  const t = useText(rotationText);
  const [reason, setReason] = useState('');
  return (
    <Dialog open onClose={onClose} title={t.cancelTitle} data-testid="cancel-dialog">
      <Form
        onSubmit={async () => {
          await api.call('rotation.rotations.cancel', { id: rotation.id, reason });
          onDone();
        }}
      >
        <p>{t.replaces(rotation.incoming.name, rotation.outgoing.name)}</p>
        <Field label={t.cancelReason} name="reason">
          <TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="cancel-reason" />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>{t.keep}</Button>
          <SubmitButton variant="danger" data-testid="cancel-confirm">
            {t.cancelConfirm}
          </SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

import type { RotationRefusalDetails, RotationView } from '../../../../shared/rotation/contract.js';
import { useRef, useState } from 'react';
import { api, ApiFailure } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, TextArea } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { useRotationAccess } from './access.js';
import { RefusalNotice, refusalDetails } from './format.js';
import { RotationItem } from './RotationItem.js';
import type { SectionProps } from './StaffPage.js';

/** The principal's inbox: every request awaiting a decision, the next handover first, each with its checks as of now. */
export function Inbox({ onChange }: SectionProps) {
  const t = useText(rotationText);
  const { canDecide } = useRotationAccess();
  const list = useQuery('rotation.rotations.list', {});
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message?: string) => {
    if (message) setNotice(message);
    list.reload();
    onChange();
  };
  const waiting = (list.data ?? []).filter((r) => r.status === 'request').sort((a, b) => Date.parse(a.plannedHandoverAt) - Date.parse(b.plannedHandoverAt));

  return (
    <Card title={t.tabInbox} data-testid="rotation-inbox">
      <p className="muted">{canDecide ? t.inboxIntro : t.inboxNotPrincipal}</p>
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="rotation-notice">
          {notice}
        </Notice>
      ) : null}
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data ? (
        waiting.length === 0 ? (
          <p className="muted" data-testid="inbox-empty">
            {t.inboxEmpty}
          </p>
        ) : (
          <div className="rot-inbox">
            {waiting.map((r) => (
              <RotationItem key={r.id} rotation={r} onChanged={changed} readOnly>
                {canDecide ? <DecisionForm rotation={r} onDecided={changed} /> : null}
              </RotationItem>
            ))}
          </div>
        )
      ) : list.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}

function DecisionForm({ rotation: r, onDecided }: { rotation: RotationView; onDecided: (message?: string) => void }) {
  const t = useText(rotationText);
  const [comment, setComment] = useState('');
  const [refusal, setRefusal] = useState<RotationRefusalDetails | null>(null);
  const decision = useRef<'approve' | 'reject'>('approve');
  const blocked = (r.liveCheck !== null && !r.liveCheck.eligible) || (r.planCheck !== null && !r.planCheck.ok);

  const submit = async () => {
    setRefusal(null);
    if (decision.current === 'reject') {
      await api.call('rotation.rotations.reject', { id: r.id, comment });
      onDecided(t.rejectedNotice(r.incoming.name));
      return;
    }
    try {
      await api.call('rotation.rotations.approve', { id: r.id, comment });
      onDecided(t.approvedNotice(r.incoming.name));
    } catch (err) {
      // The checks changed since the list was loaded: show why, in the reader's words, with fresh checks.
      const details = err instanceof ApiFailure ? refusalDetails(err.error) : null;
      if (!details) throw err;
      setRefusal(details);
      onDecided();
    }
  };

  return (
    <Form onSubmit={submit} className="rot-decide" aria-label={t.comment} data-testid="decision-form">
      {refusal ? <RefusalNotice details={refusal} title={t.cannotApprove} roleName={() => r.roleName} /> : null}
      {blocked ? <p className="rot-blocked">{t.cannotApprove}</p> : null}
      <Field label={t.comment} name="comment" hint={t.commentHint}>
        <TextArea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="decision-comment" />
      </Field>
      <div className="form-actions">
        <SubmitButton disabled={blocked} onClick={() => (decision.current = 'approve')} data-testid="approve" title={blocked ? t.cannotApprove : undefined}>
          {t.approve}
        </SubmitButton>
        <Button type="submit" variant="danger" onClick={() => (decision.current = 'reject')} data-testid="reject">
          {t.reject}
        </Button>
      </div>
    </Form>
  );
}

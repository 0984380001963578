import type { RotationRefusalDetails, RotationView } from '../../../../shared/rotation/contract.js';
import { PEOPLE_PAGE_MAX } from '../../../../shared/campus/peopleQuery.js';
import { addHours, startOfHour } from 'date-fns';
import { useState } from 'react';
import { api, ApiFailure } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Link } from '../../router.js';
import { Card } from '../../ui/Card.js';
import { fromDateTimeInput, toDateTimeInput } from '../../ui/dateTimeInput.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading, Spinner } from '../../ui/Progress.js';
import { useRotationAccess } from './access.js';
import { CheckView, RefusalNotice, refusalDetails, useRotationFormat } from './format.js';
import { RotationItem } from './RotationItem.js';
import type { SectionProps } from './StaffPage.js';

/** A handover proposed for a new request: on the hour, a little ahead, so a fresh certificate still covers it. */
const suggestedHandover = () => toDateTimeInput(startOfHour(addHours(new Date(), 3)));

/** Files a rotation request: the host checks the candidate for the handover and the role's minimum at every moment. */
export function NewRequest({ onChange }: SectionProps) {
  const t = useText(rotationText);
  const { canMaintain } = useRotationAccess();
  const roles = useQuery('rotation.roles.list', {});
  const candidates = useQuery('rotation.candidates.list', {});
  const rotations = useQuery('rotation.rotations.list', {});
  const [values, setValues] = useState(() => ({ roleId: '', outgoingPersonId: '', incomingCandidateId: '', handover: suggestedHandover(), leave: '' }));
  const [refusal, setRefusal] = useState<RotationRefusalDetails | null>(null);
  const [filed, setFiled] = useState<RotationView | null>(null);
  const roleId = values.roleId || roles.data?.[0]?.id || '';
  const staff = useQuery('campus.people.query', { kind: 'staff', staffRoleId: roleId || 'none', presence: 'onCampus', sort: 'name', limit: PEOPLE_PAGE_MAX });

  const leaving = new Set((rotations.data ?? []).filter((r) => r.status === 'request' || r.status === 'approved' || r.status === 'entered').map((r) => r.outgoingPersonId));
  const outgoingChoices = (staff.data?.rows ?? []).filter((p) => !leaving.has(p.id));
  const candidateChoices = (candidates.data ?? []).filter((c) => c.roleId === roleId && c.stage === 'free');
  const outgoingId = outgoingChoices.some((p) => p.id === values.outgoingPersonId) ? values.outgoingPersonId : (outgoingChoices[0]?.id ?? '');
  const candidateId = candidateChoices.some((c) => c.id === values.incomingCandidateId) ? values.incomingCandidateId : (candidateChoices[0]?.id ?? '');
  const leave = values.leave || values.handover;

  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => {
    setRefusal(null);
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };

  const submit = async () => {
    setRefusal(null);
    setFiled(null);
    try {
      const created = await api.call('rotation.rotations.request', {
        roleId,
        outgoingPersonId: outgoingId,
        incomingCandidateId: candidateId,
        plannedHandoverAt: fromDateTimeInput(values.handover),
        plannedLeaveAt: fromDateTimeInput(leave),
      });
      setFiled(created);
      setValues((v) => ({ ...v, outgoingPersonId: '', incomingCandidateId: '' }));
      candidates.reload();
      rotations.reload();
      staff.reload();
      onChange();
    } catch (err) {
      const details = err instanceof ApiFailure ? refusalDetails(err.error) : null;
      if (!details) throw err;
      setRefusal(details);
    }
  };

  if (!canMaintain) return <Notice>{t.readOnly}</Notice>;
  const roleName = (id: string) => roles.data?.find((r) => r.id === id)?.name ?? id;

  return (
    <div className="stack">
      {filed ? (
        <div className="stack" data-testid="request-filed">
          <Notice tone={filed.check.eligible ? 'success' : 'warning'}>
            {filed.check.eligible ? t.requestFiled(filed.incoming.name) : t.requestFiledIneligible(filed.incoming.name)}
          </Notice>
          <RotationItem rotation={filed} onChanged={() => rotations.reload()} readOnly />
        </div>
      ) : null}
      <Card title={t.newRequestTitle} data-testid="new-request">
        <p className="muted">{t.newRequestIntro}</p>
        <ErrorBanner error={roles.error ?? candidates.error ?? staff.error} />
        {roles.data && candidates.data ? (
          <Form onSubmit={submit} aria-label={t.newRequestTitle} data-testid="request-form">
            {refusal ? <RefusalNotice details={refusal} title={t.planRefused} roleName={roleName} /> : null}
            <div className="form-grid">
              <Field label={t.chooseRole} name="roleId">
                <Select value={roleId} onChange={set('roleId')} data-testid="request-role">
                  {roles.data.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.chooseOutgoing} name="outgoingPersonId" hint={outgoingChoices.length === 0 && !staff.loading ? t.noOutgoing : undefined}>
                <Select value={outgoingId} onChange={set('outgoingPersonId')} data-testid="request-outgoing">
                  {outgoingChoices.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} · {p.unitName}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.chooseIncoming} name="incomingCandidateId" hint={candidateChoices.length === 0 ? <Link to="/staff/candidates">{t.noFreeCandidates}</Link> : undefined}>
                <Select value={candidateId} onChange={set('incomingCandidateId')} data-testid="request-incoming">
                  {candidateChoices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.handover} name="plannedHandoverAt">
                <Input type="datetime-local" value={values.handover} onChange={set('handover')} data-testid="request-handover" />
              </Field>
              <Field label={t.leave} name="plannedLeaveAt" hint={t.leaveHint}>
                <Input type="datetime-local" value={leave} onChange={set('leave')} data-testid="request-leave" />
              </Field>
            </div>
            {candidateId && values.handover ? <Preview candidateId={candidateId} entryAt={fromDateTimeInput(values.handover)} /> : null}
            <div className="form-actions">
              <SubmitButton disabled={!candidateId || !outgoingId} data-testid="request-submit">
                {t.fileRequest}
              </SubmitButton>
            </div>
          </Form>
        ) : roles.loading || candidates.loading ? (
          <Loading />
        ) : null}
      </Card>
    </div>
  );
}

/** The R2 check for the chosen candidate and handover, as the request would file it. */
function Preview({ candidateId, entryAt }: { candidateId: string; entryAt: string }) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const valid = !Number.isNaN(Date.parse(entryAt));
  const check = useQuery('rotation.eligibility.check', { candidateId, entryAt: valid ? entryAt : new Date().toISOString() });
  if (!valid) return null;
  return (
    <div className="rot-preview" aria-live="polite" data-testid="request-preview">
      <div className="rot-preview-title">{t.preview}</div>
      {check.data ? <CheckView check={check.data} caption={f.at(check.data.entryAt)} /> : check.loading ? <Spinner label={t.previewPending} /> : null}
      <ErrorBanner error={check.error} />
    </div>
  );
}

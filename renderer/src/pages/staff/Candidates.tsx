import type { CandidateStage, CandidateView } from '../../../../shared/rotation/contract.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Link, navigate } from '../../router.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { useRotationAccess } from './access.js';
import { useRotationFormat } from './format.js';
import type { SectionProps } from './StaffPage.js';

const STAGE_TONE: Record<CandidateStage, string> = { free: '', requested: 'badge-info', approved: 'badge-warning', entered: 'badge-success' };

export function Candidates(_props: SectionProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const { canMaintain } = useRotationAccess();
  const list = useQuery('rotation.candidates.list', {});
  const [adding, setAdding] = useState(false);

  const columns: Column<CandidateView>[] = [
    {
      key: 'name',
      header: t.name,
      cell: (c) => (
        <Link to={`/staff/candidates/${encodeURIComponent(c.id)}`} data-testid={`candidate-link-${c.id}`}>
          {c.name}
        </Link>
      ),
    },
    { key: 'role', header: t.roleLabel, cell: (c) => c.roleName ?? c.roleId },
    { key: 'stage', header: t.stage, nowrap: true, cell: (c) => <span className={['badge', STAGE_TONE[c.stage]].filter(Boolean).join(' ')}>{t[`stage_${c.stage}`]}</span> },
    {
      key: 'nat',
      header: t.latestNat,
      nowrap: true,
      cell: (c) =>
        c.latestCertificate ? (
          <>
            {f.at(c.latestCertificate.sampledAt)}{' '}
            <span className={c.latestCertificate.result === 'positive' ? 'rot-text-danger' : 'muted'}>{t[`result_${c.latestCertificate.result}`]}</span>
          </>
        ) : (
          t.noneYet
        ),
    },
    {
      key: 'check',
      header: t.checkNow,
      nowrap: true,
      cell: (c) =>
        c.stage === 'entered' ? (
          t.noneYet
        ) : (
          <span className={c.checkNow.eligible ? 'badge badge-success' : 'badge badge-danger'} data-testid={`candidate-check-${c.id}`}>
            {c.checkNow.eligible ? t.eligible : t.notEligible(c.checkNow.reasons.length)}
          </span>
        ),
    },
    { key: 'phone', header: t.phone, nowrap: true, cell: (c) => c.phone },
  ];

  return (
    <Card
      title={t.candidatesTitle}
      actions={
        canMaintain ? (
          <Button icon="plus" onClick={() => setAdding(true)} data-testid="open-new-candidate">
            {t.newCandidate}
          </Button>
        ) : null
      }
      data-testid="rotation-candidates"
    >
      <p className="muted">{t.candidatesIntro}</p>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data ? (
        <Table columns={columns} rows={list.data} rowKey={(c) => c.id} caption={t.candidatesTitle} empty={t.noCandidates} data-testid="candidates-table" />
      ) : list.loading ? (
        <Loading />
      ) : null}
      {adding ? <CandidateDialog onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}

function CandidateDialog({ onClose }: { onClose: () => void }) {
  const t = useText(rotationText);
  const roles = useQuery('rotation.roles.list', {});
  const [values, setValues] = useState({ name: '', idNumber: '', roleId: '', phone: '' });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const roleId = values.roleId || roles.data?.[0]?.id || '';

  const submit = async () => {
    const created = await api.call('rotation.candidates.create', { ...values, roleId, contacts: [] });
    navigate(`/staff/candidates/${encodeURIComponent(created.id)}`);
  };

  return (
    <Dialog open onClose={onClose} title={t.newCandidate} data-testid="candidate-dialog">
      <Form onSubmit={submit} aria-label={t.newCandidate}>
        <Field label={t.name} name="name">
          <Input value={values.name} onChange={set('name')} data-testid="candidate-name" />
        </Field>
        <Field label={t.idNumber} name="idNumber">
          <Input value={values.idNumber} onChange={set('idNumber')} spellCheck={false} data-testid="candidate-id-number" />
        </Field>
        <Field label={t.chooseRole} name="roleId">
          <Select value={roleId} onChange={set('roleId')} data-testid="candidate-role">
            {(roles.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.phone} name="phone">
          <Input type="tel" value={values.phone} onChange={set('phone')} data-testid="candidate-phone" />
        </Field>
        <p className="muted rot-small">{t.contactsNone}</p>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancelForm}</Button>
          <SubmitButton data-testid="candidate-submit">{t.newCandidate}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

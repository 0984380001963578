import type { RiskArea, RiskLevel } from '../../../../shared/rotation/schema.js';
import { RISK_LEVELS } from '../../../../shared/rotation/schema.js';
import { format } from 'date-fns';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { useRotationAccess } from './access.js';
import { useRotationFormat } from './format.js';
import type { SectionProps } from './StaffPage.js';

type State = 'inForceNow' | 'lifted' | 'notYet';

/* YYYY-MM-DD dates order as strings. */
function stateOf(a: RiskArea, today: string): State {
  if (a.inForceFrom > today) return 'notYet';
  return a.inForceTo !== undefined && a.inForceTo < today ? 'lifted' : 'inForceNow';
}

/** The dated list of key risk areas that R2 checks stays against. */
export function RiskAreas(_props: SectionProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const { canMaintain } = useRotationAccess();
  const list = useQuery('rotation.riskAreas.list', {});
  const lifting = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const today = format(new Date(), 'yyyy-MM-dd');

  const lift = (a: RiskArea) =>
    lifting.run(async () => {
      await api.call('rotation.riskAreas.update', { id: a.id, inForceTo: today });
      setNotice(t.riskLifted(a.name));
      list.reload();
    });

  const columns: Column<RiskArea>[] = [
    { key: 'name', header: t.riskName, cell: (a) => a.name },
    { key: 'level', header: t.riskLevel, nowrap: true, cell: (a) => <span className={a.level === 'high' ? 'badge badge-danger' : 'badge badge-warning'}>{t[`levelName_${a.level}`]}</span> },
    { key: 'from', header: t.inForceFrom, nowrap: true, cell: (a) => f.day(a.inForceFrom) },
    { key: 'to', header: t.inForceTo, nowrap: true, cell: (a) => (a.inForceTo ? f.day(a.inForceTo) : t.inForceOpen) },
    {
      key: 'state',
      header: <span className="visually-hidden">{t.inForceNow}</span>,
      nowrap: true,
      cell: (a) => {
        const state = stateOf(a, today);
        return (
          <span className="rot-row-actions">
            <span className={state === 'inForceNow' ? 'badge badge-danger' : 'badge'}>{t[state]}</span>
            {canMaintain && state === 'inForceNow' && a.inForceTo !== today ? (
              <Button size="small" variant="ghost" busy={lifting.busy} onClick={() => void lift(a)}>
                {t.liftToday}
              </Button>
            ) : null}
          </span>
        );
      },
    },
  ];

  return (
    <Card title={t.riskTitle} data-testid="rotation-risk-areas">
      <p className="muted">{t.riskIntro}</p>
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)}>
          {notice}
        </Notice>
      ) : null}
      <ErrorBanner error={list.error ?? lifting.error} onRetry={list.reload} />
      {list.data ? (
        <Table columns={columns} rows={list.data} rowKey={(a) => a.id} caption={t.riskTitle} empty={t.noRiskAreas} rowClass={(a) => (stateOf(a, today) === 'inForceNow' ? undefined : 'rot-row-muted')} />
      ) : list.loading ? (
        <Loading />
      ) : null}
      {canMaintain ? (
        <RiskAreaForm
          onAdded={(name) => {
            setNotice(t.riskAdded(name));
            list.reload();
          }}
        />
      ) : null}
    </Card>
  );
}

function RiskAreaForm({ onAdded }: { onAdded: (name: string) => void }) {
  const t = useText(rotationText);
  const [values, setValues] = useState({ name: '', level: 'high' as RiskLevel, inForceFrom: format(new Date(), 'yyyy-MM-dd'), inForceTo: '' });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <Form
      className="rot-add-form"
      aria-label={t.addRiskArea}
      onSubmit={async () => {
        const { inForceTo, ...rest } = values;
        const area = await api.call('rotation.riskAreas.create', { ...rest, ...(inForceTo ? { inForceTo } : {}) });
        setValues((v) => ({ ...v, name: '', inForceTo: '' }));
        onAdded(area.name);
      }}
    >
      <div className="form-grid">
        <Field label={t.riskName} name="name">
          <Input value={values.name} onChange={set('name')} data-testid="risk-name" />
        </Field>
        <Field label={t.riskLevel} name="level">
          <Select value={values.level} onChange={set('level')}>
            {RISK_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t[`levelName_${l}`]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.inForceFrom} name="inForceFrom">
          <Input type="date" value={values.inForceFrom} onChange={set('inForceFrom')} />
        </Field>
        <Field label={t.inForceTo} name="inForceTo" hint={t.toHint}>
          <Input type="date" value={values.inForceTo} onChange={set('inForceTo')} />
        </Field>
      </div>
      <div className="form-actions">
        <SubmitButton variant="secondary" icon="plus" data-testid="risk-submit">
          {t.addRiskArea}
        </SubmitButton>
      </div>
    </Form>
  );
}

import { addDays, format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import type { PlanJob } from '../../../../shared/canteen/contract.js';
import { api, ApiFailure } from '../../api/client.js';
import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Card } from '../../ui/Card.js';
import { Field, Input } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { ProgressBar } from '../../ui/Progress.js';

const POLL_MS = 120;
const today = () => format(new Date(), 'yyyy-MM-dd');

/** Starts a planning job on the host and follows it meal by meal until the new draft is saved. */
export function GenerateCard({ onGenerated }: { onGenerated: (job: Extract<PlanJob, { state: 'done' }>, message: string) => void }) {
  const t = useText(canteenText);
  const numbers = useNumbers();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(() => format(addDays(new Date(), 6), 'yyyy-MM-dd'));
  const [job, setJob] = useState<PlanJob | null>(null);
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  const submit = async () => {
    let current = await api.call('canteen.plan.start', { from, to });
    setJob(current);
    while (current.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!alive.current) return;
      current = await api.call('canteen.plan.job', { id: current.id });
      setJob(current);
    }
    if (current.state === 'failed') throw new ApiFailure(current.error);
    const message = [t.generated(current.version, numbers.format(current.elapsedMs)), current.violations.length > 0 ? t.unplanned(new Set(current.violations.flatMap((v) => ('unitId' in v ? [v.unitId] : v.unitIds))).size) : '']
      .filter(Boolean)
      .join(' ');
    setJob(null);
    onGenerated(current, message);
  };

  return (
    <Card title={t.generateTitle} level={2} data-testid="canteen-generate">
      <p className="muted">{t.generateHint}</p>
      <Form onSubmit={submit} className="cp-generate-form">
        <Field label={t.from} name="from">
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required data-testid="plan-from" />
        </Field>
        <Field label={t.to} name="to">
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} required data-testid="plan-to" />
        </Field>
        <div className="cp-generate-actions">
          <SubmitButton icon="refresh" data-testid="plan-generate">
            {t.generate}
          </SubmitButton>
        </div>
      </Form>
      {job?.state === 'running' ? (
        <ProgressBar
          label={job.stage === 'saving' ? t.saving : t.planning(t[`meal_${job.stage}`], job.done, job.total)}
          value={job.done / (job.total + 1)}
          data-testid="plan-progress"
        />
      ) : null}
    </Card>
  );
}

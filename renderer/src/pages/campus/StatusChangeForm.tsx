import type { UnitStatus } from '../../../../shared/campus/schema.js';
import type { UnitDetail } from '../../../../shared/campus/views.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { unitStatusText } from '../../i18n/unitStatus.js';
import { Field, Select, TextArea } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';

export interface StatusChangeFormProps {
  unit: UnitDetail;
  onChanged: (unit: UnitDetail) => void;
}

/** The moves the host allows from the current status; the reason is required, and the host records who and when. */
export function StatusChangeForm({ unit, onChanged }: StatusChangeFormProps) {
  const t = useText(campusText);
  const statuses = useText(unitStatusText);
  const [to, setTo] = useState<UnitStatus>(unit.nextStatuses[0] ?? 'normal');
  const [reason, setReason] = useState('');

  const submit = async () => {
    const changed = await api.call('campus.units.setStatus', { unitId: unit.id, to, reason });
    setReason('');
    setTo(changed.nextStatuses[0] ?? 'normal');
    onChanged(changed);
  };

  return (
    <Form onSubmit={submit} aria-label={t.changeStatus} className="status-form" data-testid="status-form">
      <Field label={t.newStatus} name="to">
        <Select value={to} onChange={(e) => setTo(e.target.value as UnitStatus)} data-testid="status-to">
          {unit.nextStatuses.map((s) => (
            <option key={s} value={s}>
              {statuses[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.reason} name="reason" hint={t.reasonHint}>
        <TextArea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={500} data-testid="status-reason" />
      </Field>
      <div className="form-actions">
        <SubmitButton data-testid="status-submit">{t.changeStatus}</SubmitButton>
      </div>
    </Form>
  );
}

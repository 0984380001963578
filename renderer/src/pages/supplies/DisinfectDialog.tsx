import type { Lot } from '../../../../shared/supplies/schema.js';
import { useId, useState } from 'react';
import { api } from '../../api/client.js';
import { useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { fromDateTimeInput, toDateTimeInput } from '../../ui/dateTimeInput.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';

export interface DisinfectDialogProps {
  lot: Lot;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** R8: who disinfected the delivery, when and how; recorded once, after which the lot may be issued. */
export function DisinfectDialog({ lot, onClose, onDone }: DisinfectDialogProps) {
  const t = useText(suppliesText);
  const { user } = useSession();
  const methods = useId();
  const [values, setValues] = useState(() => ({ at: toDateTimeInput(new Date(), { seconds: true }), by: user.displayName, method: '' }));
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async () => {
    await api.call('supplies.disinfect', { lotId: lot.id, at: fromDateTimeInput(values.at), by: values.by, method: values.method });
    onDone(t.disinfectedNotice(lot.deliveryNoteNo));
  };

  return (
    <Dialog open onClose={onClose} title={t.recordDisinfectionOf(lot.deliveryNoteNo)} data-testid="disinfect-dialog">
      <Form onSubmit={submit} aria-label={t.disinfectTitle}>
        <Field label={t.disinfectedAt} name="at">
          <Input type="datetime-local" step={1} value={values.at} onChange={set('at')} data-testid="disinfect-at" />
        </Field>
        <Field label={t.disinfectedByField} name="by">
          <Input value={values.by} onChange={set('by')} data-testid="disinfect-by" />
        </Field>
        <Field label={t.method} name="method" hint={t.methodHint}>
          <Input value={values.method} onChange={set('method')} list={methods} data-testid="disinfect-method" />
        </Field>
        <datalist id={methods}>
          <option value={t.methodSuggestion1} />
          <option value={t.methodSuggestion2} />
          <option value={t.methodSuggestion3} />
        </datalist>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton icon="check" data-testid="disinfect-submit">
            {t.recordDisinfection}
          </SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

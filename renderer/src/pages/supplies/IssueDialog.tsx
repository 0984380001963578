import type { Item } from '../../../../shared/supplies/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { Button } from '../../ui/Button.js';
import { fromDateTimeInput } from '../../ui/dateTimeInput.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input, Select, TextArea } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import { useSupplyFormat } from './format.js';

export interface IssueChoice {
  item: Item;
  available: number;
}

export interface IssueDialogProps {
  /** The items to choose from, with what is available now; one item means it is fixed. */
  choices: readonly IssueChoice[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** The host picks the lots (first-expiring first) and refuses what is not available; the dialog only asks how much. */
export function IssueDialog({ choices, onClose, onDone }: IssueDialogProps) {
  const t = useText(suppliesText);
  const f = useSupplyFormat();
  const readNumber = useReadNumber();
  const [values, setValues] = useState(() => ({ itemId: choices[0]?.item.id ?? '', quantity: '', at: '', note: '' }));
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const choice = choices.find((c) => c.item.id === values.itemId);

  const submit = async () => {
    const quantity = readNumber(values.quantity, 'quantity');
    const result = await api.call('supplies.issue', {
      itemId: values.itemId,
      quantity,
      ...(values.at ? { at: fromDateTimeInput(values.at) } : {}),
      ...(values.note.trim() ? { note: values.note } : {}),
    });
    const lots = result.taken.map((l) => `${l.deliveryNoteNo} (${f.n(l.quantity)})`).join(', ');
    onDone(t.issuedNotice(choice ? f.qty(quantity, choice.item) : f.n(quantity), lots));
  };

  return (
    <Dialog open onClose={onClose} title={choices.length === 1 && choice ? `${t.issueTitle} · ${choice.item.name}` : t.issueTitle} data-testid="issue-dialog">
      <Form onSubmit={submit} aria-label={t.issueTitle}>
        {choices.length > 1 ? (
          <Field label={t.itemField} name="itemId">
            <Select value={values.itemId} onChange={set('itemId')} data-testid="issue-item">
              {choices.map((c) => (
                <option key={c.item.id} value={c.item.id}>
                  {c.item.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field
          label={choice ? t.quantityIn(choice.item.unit) : t.quantityPlain}
          name="quantity"
          hint={choice ? t.issueHint(f.qty(choice.available, choice.item)) : undefined}
        >
          <Input inputMode="decimal" value={values.quantity} onChange={set('quantity')} data-testid="issue-quantity" />
        </Field>
        <Field label={t.issuedAt} name="at" hint={t.issuedAtHint}>
          <Input type="datetime-local" step={1} value={values.at} onChange={set('at')} />
        </Field>
        <Field label={t.note} name="note">
          <TextArea rows={2} value={values.note} onChange={set('note')} />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton data-testid="issue-submit">{t.issue}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

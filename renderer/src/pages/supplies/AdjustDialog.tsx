import { ADJUSTMENT_REASONS, type AdjustmentReason, type Item } from '../../../../shared/supplies/schema.js';
import type { LotStatus } from '../../../../shared/supplies/stock.js';
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

export interface AdjustDialogProps {
  item: Item;
  status: LotStatus;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** A write-off names what is removed; a count correction names what was counted, and the host books the difference. */
export function AdjustDialog({ item, status, onClose, onDone }: AdjustDialogProps) {
  const t = useText(suppliesText);
  const f = useSupplyFormat();
  const readNumber = useReadNumber();
  const [values, setValues] = useState(() => ({
    reason: (status.state === 'expired' ? 'expiry' : 'damage') as AdjustmentReason,
    quantity: '',
    at: '',
    note: '',
  }));
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const counting = values.reason === 'countCorrection';
  const balance = f.qty(status.balance, item);

  const submit = async () => {
    const movement = await api.call('supplies.adjust', {
      lotId: status.lot.id,
      reason: values.reason,
      quantity: readNumber(values.quantity, 'quantity'),
      ...(values.at ? { at: fromDateTimeInput(values.at) } : {}),
      ...(values.note.trim() ? { note: values.note } : {}),
    });
    onDone(t.adjustedNotice(`${movement.quantity > 0 ? '+' : ''}${f.qty(movement.quantity, item)}`, status.lot.deliveryNoteNo));
  };

  return (
    <Dialog open onClose={onClose} title={t.adjustLot(status.lot.deliveryNoteNo)} data-testid="adjust-dialog">
      <Form onSubmit={submit} aria-label={t.adjustTitle}>
        <Field label={t.reason} name="reason">
          <Select value={values.reason} onChange={set('reason')} data-testid="adjust-reason">
            {ADJUSTMENT_REASONS.map((r) => (
              <option key={r} value={r}>
                {f.reason(r)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={`${counting ? t.adjustQuantityCounted : t.adjustQuantityWriteOff} (${item.unit})`}
          name="quantity"
          hint={counting ? t.adjustHintCounted(balance) : t.adjustHintWriteOff(balance)}
        >
          <Input inputMode="decimal" value={values.quantity} onChange={set('quantity')} data-testid="adjust-quantity" />
        </Field>
        <Field label={t.adjustedAt} name="at" hint={t.issuedAtHint}>
          <Input type="datetime-local" step={1} value={values.at} onChange={set('at')} />
        </Field>
        <Field label={t.note} name="note">
          <TextArea rows={2} value={values.note} onChange={set('note')} />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton data-testid="adjust-submit">{t.adjust}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

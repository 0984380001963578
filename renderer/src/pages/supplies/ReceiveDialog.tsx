import type { Item } from '../../../../shared/supplies/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { Button } from '../../ui/Button.js';
import { fromDateTimeInput, toDateTimeInput } from '../../ui/dateTimeInput.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input, Select, TextArea } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import { useSupplyFormat } from './format.js';

export interface ReceiveDialogProps {
  /** The items to choose from; one item means it is fixed. */
  items: readonly Item[];
  onClose: () => void;
  onDone: (message: string) => void;
}

const fresh = (itemId: string) => ({
  itemId,
  quantity: '',
  expiresOn: '',
  receivedAt: toDateTimeInput(new Date(), { seconds: true }),
  supplier: '',
  deliveryNoteNo: '',
  contactless: true,
  note: '',
});

/** R8: a delivery is recorded as a lot that stays quarantined until its disinfection is recorded. */
export function ReceiveDialog({ items, onClose, onDone }: ReceiveDialogProps) {
  const t = useText(suppliesText);
  const f = useSupplyFormat();
  const readNumber = useReadNumber();
  const [values, setValues] = useState(() => fresh(items[0]?.id ?? ''));
  const set = (key: 'itemId' | 'quantity' | 'expiresOn' | 'receivedAt' | 'supplier' | 'deliveryNoteNo' | 'note') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const item = items.find((i) => i.id === values.itemId);

  const submit = async () => {
    const receipt = await api.call('supplies.receive', {
      itemId: values.itemId,
      quantity: readNumber(values.quantity, 'quantity'),
      ...(values.expiresOn ? { expiresOn: values.expiresOn } : {}),
      receivedAt: fromDateTimeInput(values.receivedAt),
      supplier: values.supplier,
      deliveryNoteNo: values.deliveryNoteNo,
      contactless: values.contactless,
      ...(values.note.trim() ? { note: values.note } : {}),
    });
    onDone(t.receivedNotice(item ? f.qty(receipt.lot.quantity, item) : f.n(receipt.lot.quantity), receipt.lot.deliveryNoteNo));
  };

  return (
    <Dialog open onClose={onClose} title={t.receiveTitle} data-testid="receive-dialog">
      <Form onSubmit={submit} aria-label={t.receiveTitle}>
        <p className="muted">{t.receiveHint}</p>
        {items.length > 1 ? (
          <Field label={t.itemField} name="itemId">
            <Select value={values.itemId} onChange={set('itemId')} data-testid="receive-item">
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <div className="form-grid">
          <Field label={item ? t.quantityIn(item.unit) : t.quantityPlain} name="quantity">
            <Input inputMode="decimal" value={values.quantity} onChange={set('quantity')} data-testid="receive-quantity" />
          </Field>
          <Field label={t.expiresOn} name="expiresOn" hint={t.expiresOnHint}>
            <Input type="date" value={values.expiresOn} onChange={set('expiresOn')} data-testid="receive-expires" />
          </Field>
          <Field label={t.supplier} name="supplier">
            <Input value={values.supplier} onChange={set('supplier')} data-testid="receive-supplier" />
          </Field>
          <Field label={t.deliveryNoteNo} name="deliveryNoteNo">
            <Input value={values.deliveryNoteNo} onChange={set('deliveryNoteNo')} spellCheck={false} data-testid="receive-note-no" />
          </Field>
          <Field label={t.receivedAt} name="receivedAt">
            <Input type="datetime-local" step={1} value={values.receivedAt} onChange={set('receivedAt')} />
          </Field>
        </div>
        <label className="choice sup-contactless">
          <input
            type="checkbox"
            checked={values.contactless}
            onChange={(e) => setValues((v) => ({ ...v, contactless: e.target.checked }))}
            data-testid="receive-contactless"
          />
          {t.contactless}
        </label>
        <Field label={t.note} name="note">
          <TextArea rows={2} value={values.note} onChange={set('note')} />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton icon="plus" data-testid="receive-submit">
            {t.receive}
          </SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

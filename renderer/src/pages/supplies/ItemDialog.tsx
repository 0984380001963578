import { DEFAULT_MIN_COVER_DAYS, ITEM_CATEGORIES, SUBKINDS_BY_CATEGORY, type Item, type ItemCategory, type ItemSubkind } from '../../../../shared/supplies/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import { useSupplyFormat } from './format.js';

export interface ItemDialogProps {
  /** The item to edit; a new item when left out. */
  item?: Item;
  onClose: () => void;
  onDone: (item: Item, message: string) => void;
}

interface Values {
  name: string;
  category: ItemCategory;
  subkind: ItemSubkind;
  unit: string;
  mode: 'perPerson' | 'fixed';
  amount: string;
  minCoverDays: string;
  price: string;
}

const toValues = (item: Item | undefined): Values =>
  item
    ? {
        name: item.name,
        category: item.category,
        subkind: item.subkind,
        unit: item.unit,
        mode: item.dailyUse.mode,
        amount: String(item.dailyUse.amount),
        minCoverDays: String(item.minCoverDays),
        price: item.price === undefined ? '' : String(item.price),
      }
    : { name: '', category: 'prevention', subkind: 'mask', unit: '', mode: 'perPerson', amount: '', minCoverDays: String(DEFAULT_MIN_COVER_DAYS), price: '' };

export function ItemDialog({ item, onClose, onDone }: ItemDialogProps) {
  const t = useText(suppliesText);
  const f = useSupplyFormat();
  const readNumber = useReadNumber();
  const [values, setValues] = useState(() => toValues(item));
  const set = (key: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const setCategory = (e: { target: { value: string } }) => {
    const category = e.target.value as ItemCategory;
    setValues((v) => ({ ...v, category, subkind: SUBKINDS_BY_CATEGORY[category][0] }));
  };
  const title = item ? t.itemTitleEdit : t.itemTitleNew;

  const submit = async () => {
    const price = readNumber(values.price, 'price', { optional: true });
    const fields = {
      name: values.name,
      category: values.category,
      subkind: values.subkind,
      unit: values.unit,
      dailyUse: { mode: values.mode, amount: readNumber(values.amount, 'dailyUse.amount') },
      minCoverDays: readNumber(values.minCoverDays, 'minCoverDays', { whole: true }),
      ...(price === null ? {} : { price }),
    };
    const saved = item ? await api.call('supplies.items.update', { id: item.id, ...fields }) : await api.call('supplies.items.create', fields);
    onDone(saved, t.itemSaved(saved.name));
  };

  return (
    <Dialog open onClose={onClose} title={title} data-testid="item-dialog">
      <Form onSubmit={submit} aria-label={title}>
        <Field label={t.name} name="name">
          <Input value={values.name} onChange={set('name')} data-testid="item-name" />
        </Field>
        <div className="form-grid">
          <Field label={t.category} name="category">
            <Select value={values.category} onChange={setCategory} data-testid="item-category">
              {ITEM_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {f.category({ category: c })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.subkind} name="subkind">
            <Select value={values.subkind} onChange={set('subkind')} data-testid="item-subkind">
              {SUBKINDS_BY_CATEGORY[values.category].map((s) => (
                <option key={s} value={s}>
                  {f.subkind({ subkind: s })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.unit} name="unit" hint={t.unitHint}>
            <Input value={values.unit} onChange={set('unit')} data-testid="item-unit" />
          </Field>
          <Field label={t.dailyUseMode} name="dailyUse.mode">
            <Select value={values.mode} onChange={set('mode')} data-testid="item-mode">
              <option value="perPerson">{t.mode_perPerson}</option>
              <option value="fixed">{t.mode_fixed}</option>
            </Select>
          </Field>
          <Field label={values.unit ? `${t.dailyUseAmount} (${values.unit})` : t.dailyUseAmount} name="dailyUse.amount">
            <Input inputMode="decimal" value={values.amount} onChange={set('amount')} data-testid="item-amount" />
          </Field>
          <Field label={t.minCoverDays} name="minCoverDays">
            <Input inputMode="numeric" value={values.minCoverDays} onChange={set('minCoverDays')} />
          </Field>
          <Field label={t.price} name="price">
            <Input inputMode="decimal" value={values.price} onChange={set('price')} />
          </Field>
        </div>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton data-testid="item-submit">{t.save}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { Form, SubmitButton } from '../../ui/Form.js';

export interface ConfirmDeleteDialogProps {
  /** What is deleted, as the user knows it; null closes the dialog. */
  name: string | null;
  onClose: () => void;
  /** Calls the host; a refusal (e.g. the unit still has people) is shown in the dialog. */
  onConfirm: () => Promise<void>;
}

export function ConfirmDeleteDialog({ name, onClose, onConfirm }: ConfirmDeleteDialogProps) {
  const t = useText(campusText);
  return (
    <Dialog open={name !== null} onClose={onClose} title={t.confirmDeleteTitle(name ?? '')} data-testid="confirm-delete">
      <Form onSubmit={onConfirm} aria-label={t.confirmDeleteTitle(name ?? '')}>
        <p>{t.confirmDeleteBody}</p>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton variant="danger" data-testid="confirm-delete-submit">
            {t.delete}
          </SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

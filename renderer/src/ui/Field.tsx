import { createContext, useContext, useEffect, useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/define.js';
import { useErrorText } from './errorText.js';
import { useFormState } from './Form.js';

interface Control {
  id: string;
  name: string | undefined;
  invalid: boolean;
  describedBy: string | undefined;
}

const ControlContext = createContext<Control | null>(null);

export interface FieldProps {
  label: ReactNode;
  /**
   * The input's name as the host names it in `error.field` (dotted for nested input, e.g.
   * "heating.classroomMinCelsius"); inside a Form, the host's error for that name is shown here.
   */
  name?: string;
  /** One line of help under the control. */
  hint?: ReactNode;
  /** An error of your own; wins over the form's. */
  error?: string;
  /** One Input, Select or TextArea: it gets the id, name and ARIA wiring from the Field. */
  children: ReactNode;
  'data-testid'?: string;
}

/** A labelled control with its hint and error, wired for screen readers. */
export function Field({ label, name, hint, error, children, 'data-testid': testId }: FieldProps) {
  const id = useId();
  const form = useFormState();
  const text = useErrorText();
  const register = form?.register;
  useEffect(() => (name && register ? register(name) : undefined), [name, register]);

  const formError = name && form?.error ? fieldReason(form.error, name, text) : undefined;
  const shown = error ?? formError;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = shown ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={shown ? 'field field-invalid' : 'field'} data-testid={testId}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <ControlContext value={{ id, name, invalid: Boolean(shown), describedBy }}>{children}</ControlContext>
      {shown ? (
        <div className="field-error" id={errorId}>
          {shown}
        </div>
      ) : null}
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

/** Every field at fault is reported at once (`issues`); an error without them names one field. */
function fieldReason(error: ApiError, name: string, text: ReturnType<typeof useErrorText>): string | undefined {
  const issue = error.issues?.find((i) => i.field === name);
  if (issue) return text.issue(issue);
  return error.field === name ? text.reason(error) : undefined;
}

function useControl() {
  const c = useContext(ControlContext);
  return c ? { id: c.id, name: c.name, 'aria-invalid': c.invalid || undefined, 'aria-describedby': c.describedBy } : {};
}

/** A text, number, password… input; inside a Field it is labelled by it. */
export function Input({ className, ...rest }: ComponentPropsWithRef<'input'>) {
  return <input className={['input', className ?? ''].filter(Boolean).join(' ')} {...useControl()} {...rest} />;
}

/** A drop-down list; inside a Field it is labelled by it. */
export function Select({ className, ...rest }: ComponentPropsWithRef<'select'>) {
  return <select className={['input', 'select', className ?? ''].filter(Boolean).join(' ')} {...useControl()} {...rest} />;
}

/** Several lines of text; inside a Field it is labelled by it. */
export function TextArea({ className, ...rest }: ComponentPropsWithRef<'textarea'>) {
  return <textarea className={['input', 'textarea', className ?? ''].filter(Boolean).join(' ')} {...useControl()} {...rest} />;
}

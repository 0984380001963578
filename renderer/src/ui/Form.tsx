import type { ApiError } from '../../../shared/contract/define.js';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type FormEvent, type FormHTMLAttributes, type ReactNode } from 'react';
import { useAction } from '../api/useAction.js';
import { Button, type ButtonProps } from './Button.js';
import { ErrorBanner } from './ErrorBanner.js';

interface FormState {
  error: ApiError | null;
  busy: boolean;
  /** A Field announces the input name it shows errors for; the form banner shows only errors no Field shows. */
  register(name: string): () => void;
}

const FormContext = createContext<FormState | null>(null);
export const useFormState = () => useContext(FormContext);

export interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /**
   * Runs on Enter or the submit button. Throw (an ApiFailure from api.call, or fieldFailure(...) for a check of your
   * own) to show the error beside the Field whose name is error.field, or in a banner above the form otherwise.
   */
  onSubmit: () => Promise<void> | void;
  children: ReactNode;
}

/** A form that submits with Enter, stays busy while submitting, and places the host's error where it belongs. */
export function Form({ onSubmit, children, ...rest }: FormProps) {
  const { busy, error, run } = useAction();
  const fields = useRef(new Set<string>());
  const formRef = useRef<HTMLFormElement>(null);

  const register = useCallback((name: string) => {
    fields.current.add(name);
    return () => void fields.current.delete(name);
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(onSubmit);
  };

  // Keyboard and screen-reader users land on the field to fix.
  useEffect(() => {
    if (error?.field) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const state = useMemo(() => ({ error, busy, register }), [error, busy, register]);
  // The banner carries what no Field shows: an error without a field, or issues for fields this form does not have.
  const unplaced = error?.issues ? error.issues.filter((i) => !fields.current.has(i.field)) : [];
  const placed = error !== null && (error.issues ? unplaced.length === 0 : error.field !== undefined && fields.current.has(error.field));
  const banner = placed || !error ? null : error.issues && unplaced[0] ? { ...error, ...unplaced[0], issues: unplaced } : error;
  return (
    <FormContext value={state}>
      <form ref={formRef} noValidate onSubmit={submit} aria-busy={busy || undefined} {...rest}>
        <ErrorBanner error={banner} />
        {children}
      </form>
    </FormContext>
  );
}

/** The form's submit button: primary, busy and disabled while the form submits. */
export function SubmitButton({ variant = 'primary', ...rest }: Omit<ButtonProps, 'type' | 'busy'>) {
  const form = useFormState();
  return <Button type="submit" variant={variant} busy={form?.busy ?? false} {...rest} />;
}

import type { ImportError } from '../../../../shared/campus/import.js';
import type { ImportCheck, ImportRefusal } from '../../../../shared/heating/contract.js';
import { useId, useState, type ReactNode } from 'react';
import { ApiFailure } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { heatingText } from '../../i18n/heating.js';
import { localizeHostMessage } from '../../i18n/hostMessages.js';
import { useLang, useText } from '../../i18n/lang.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';
import { readTextFile } from '../../ui/readTextFile.js';
import { Spinner } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { useHeatingFormat } from './format.js';

export interface CsvImportProps<P extends ImportCheck<unknown>> {
  title: string;
  intro: string;
  testId: string;
  preview(csv: string): Promise<P>;
  /** Resolves to the success message. */
  commit(csv: string): Promise<string>;
  /** What the passing rows will do, above the table of them. */
  summary(preview: P): ReactNode;
  columns: readonly Column<P['changes'][number]>[];
}

/**
 * The campus import's flow: choose a file, see every bad row by line or the rows that will go in, then import all or
 * nothing. The host checks the file again on import, so a preview made against older data never slips through.
 */
export function CsvImport<P extends ImportCheck<unknown>>({ title, intro, testId, preview, commit, summary, columns }: CsvImportProps<P>) {
  const t = useText(heatingText);
  const { lang } = useLang();
  const f = useHeatingFormat();
  const inputId = useId();
  const checking = useAction();
  const importing = useAction();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [result, setResult] = useState<P | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const choose = (chosen: File | undefined) => {
    setResult(null);
    setDone(null);
    importing.clear();
    if (!chosen) return setFile(null);
    void checking.run(async () => {
      const csv = await readTextFile(chosen);
      setFile({ name: chosen.name, csv });
      setResult(await preview(csv));
    });
  };

  const reset = () => {
    setFile(null);
    setResult(null);
    setInputKey((k) => k + 1);
  };

  const runImport = () =>
    importing.run(async () => {
      if (!file) return;
      try {
        const message = await commit(file.csv);
        reset();
        setDone(message);
      } catch (err) {
        // Refused on the host's second look: show its errors as the preview would.
        const refusal = err instanceof ApiFailure ? (err.error.details as ImportRefusal | undefined) : undefined;
        if (refusal?.errors && result) setResult({ ...result, errors: refusal.errors, valid: 0 });
        throw err;
      }
    });

  const errorColumns: Column<ImportError>[] = [
    { key: 'line', header: t.colLine, align: 'end', width: '5rem', cell: (e) => f.n(e.line) },
    { key: 'field', header: t.colField, width: '10rem', cell: (e) => <code>{e.field ?? '—'}</code> },
    { key: 'reason', header: t.colReason, cell: (e) => localizeHostMessage(e.reason, lang) },
  ];

  return (
    <Card title={title} data-testid={testId}>
      <p className="muted">{intro}</p>
      {done ? (
        <Notice tone="success" onDismiss={() => setDone(null)} data-testid={`${testId}-done`}>
          {done}
        </Notice>
      ) : null}
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t.chooseFile}
        </label>
        <input
          key={inputKey}
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          className="heat-file"
          onChange={(e) => choose(e.target.files?.[0])}
          data-testid={`${testId}-file`}
        />
      </div>
      {checking.busy ? <Spinner label={t.checking} /> : null}
      <ErrorBanner error={checking.error} />
      {result ? (
        <section className="heat-preview" aria-label={t.previewTitle} data-testid={`${testId}-preview`}>
          <h3 className="heat-subtitle">{t.previewTitle}</h3>
          <p>{t.previewRows(f.n(result.valid), f.n(result.rows))}</p>
          {result.errors.length > 0 ? (
            <>
              <Notice tone="danger">{t.previewErrors(f.n(result.errors.length))}</Notice>
              <Table columns={errorColumns} rows={result.errors} rowKey={(e) => `${e.line}-${e.field}-${e.reason}`} caption={t.previewTitle} data-testid={`${testId}-errors`} />
            </>
          ) : (
            <>
              {summary(result)}
              <Table columns={columns} rows={result.changes} rowKey={(r) => String((r as { line: number }).line)} caption={t.previewTitle} data-testid={`${testId}-rows`} />
              {result.changesTruncated ? <p className="muted">{t.previewTruncated(f.n(result.changes.length))}</p> : null}
            </>
          )}
          <ErrorBanner error={importing.error} />
          <div className="form-actions">
            <Button onClick={reset}>{t.cancel}</Button>
            <Button variant="primary" icon="check" busy={importing.busy} disabled={result.errors.length > 0 || result.valid === 0} onClick={() => void runImport()} data-testid={`${testId}-commit`}>
              {t.importButton(f.n(result.valid))}
            </Button>
          </div>
        </section>
      ) : null}
    </Card>
  );
}

import { PERSON_COLUMNS, PERSON_REQUIRED_COLUMNS, UNIT_COLUMNS, UNIT_REQUIRED_COLUMNS } from '../../../../shared/campus/columns.js';
import { CSV_KINDS, type CsvKind, type ImportChange, type ImportCommitResult, type ImportPreviewResult } from '../../../../shared/campus/contract.js';
import type { ImportError } from '../../../../shared/campus/import.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { campusText } from '../../i18n/campus.js';
import { localizeHostMessage } from '../../i18n/hostMessages.js';
import { useLang, useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Badge, Notice } from '../../ui/Notice.js';
import { ProgressBar } from '../../ui/Progress.js';
import { readTextFile } from '../../ui/readTextFile.js';
import { Table, type Column } from '../../ui/Table.js';

const COLUMNS = { people: [PERSON_COLUMNS, PERSON_REQUIRED_COLUMNS], units: [UNIT_COLUMNS, UNIT_REQUIRED_COLUMNS] } as const;

interface Checked {
  /** The file text the preview was made for: the commit sends exactly this. */
  csv: string;
  preview: ImportPreviewResult;
}

/**
 * Choose a file → the host checks every row against the campus as it is → every bad row is listed by line → only a
 * clean file can be imported, and the host checks it again at that moment and writes all rows or none.
 */
export function ImportCard({ onImported }: { onImported: () => void }) {
  const t = useText(campusText);
  const { lang } = useLang();
  const n = useNumbers();
  const [kind, setKind] = useState<CsvKind>('people');
  const [fileKey, setFileKey] = useState(0);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const check = useAction();
  const commit = useAction();

  const runCheck = (csv: string, as: CsvKind) =>
    check.run(async () => {
      setChecked(null);
      setChecked({ csv, preview: await api.call('campus.import.preview', { kind: as, csv }) });
    });

  const chooseFile = async (file: File | undefined) => {
    setResult(null);
    commit.clear();
    if (!file) return setChecked(null);
    await runCheck(await readTextFile(file), kind);
  };

  const confirm = () =>
    commit.run(async () => {
      if (!checked) return;
      try {
        setResult(await api.call('campus.import.commit', { kind: checked.preview.kind, csv: checked.csv }));
      } catch (err) {
        // The campus changed since the check: show the rows as they are judged now.
        await runCheck(checked.csv, checked.preview.kind);
        throw err;
      }
      setChecked(null);
      setFileKey((k) => k + 1);
      onImported();
    });

  const preview = checked?.preview;
  const errorColumns: Column<ImportError>[] = [
    { key: 'line', header: t.line, align: 'end', width: '5rem', cell: (e) => <span data-testid="import-error-line">{e.line}</span> },
    { key: 'field', header: t.column, width: '10rem', cell: (e) => (e.field ? <code>{e.field}</code> : <span className="muted">{t.wholeRow}</span>) },
    { key: 'reason', header: t.problem, cell: (e) => localizeHostMessage(e.reason, lang) },
  ];
  const changeColumns: Column<ImportChange>[] = [
    { key: 'line', header: t.line, align: 'end', width: '5rem', cell: (c) => c.line },
    { key: 'action', header: t.change, width: '7rem', cell: (c) => <Badge tone={c.action === 'create' ? 'success' : 'info'}>{t[`action_${c.action}`]}</Badge> },
    { key: 'id', header: t.id, width: '12rem', cell: (c) => <span className="mono">{c.id}</span> },
    { key: 'name', header: t.name, cell: (c) => c.name },
  ];
  const [columns, required] = COLUMNS[kind];
  const toWrite = preview ? preview.create + preview.update : 0;
  const badRows = preview ? new Set(preview.errors.map((e) => e.line)).size : 0;

  return (
    <Card title={t.importTitle} data-testid="import-card">
      <p className="muted">{t.importIntro}</p>
      <div className="import-controls">
        <Field label={t.importKind}>
          <Select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as CsvKind);
              setChecked(null);
              setResult(null);
              setFileKey((k) => k + 1);
            }}
            data-testid="import-kind"
          >
            {CSV_KINDS.map((k) => (
              <option key={k} value={k}>
                {t[`csvKind_${k}`]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.file} hint={`${t.columnsAre(columns.join(', '))} ${t.requiredAre(required.join(', '))}`}>
          <Input key={fileKey} type="file" accept=".csv,text/csv" onChange={(e) => void chooseFile(e.target.files?.[0])} data-testid="import-file" />
        </Field>
      </div>
      {check.busy ? <ProgressBar label={t.checking} data-testid="import-progress" /> : null}
      {commit.busy ? <ProgressBar label={t.importing} data-testid="import-progress" /> : null}
      <ErrorBanner error={check.error ?? commit.error} />
      {result ? (
        <Notice tone="success" onDismiss={() => setResult(null)} data-testid="import-done">
          {t.imported(n.format(result.created), n.format(result.updated), n.format(result.unchanged))}
        </Notice>
      ) : null}
      {preview ? (
        <div className="import-preview" data-testid="import-preview">
          <p data-testid="import-summary">
            {badRows > 0
              ? t.previewSummaryBad(n.format(preview.rows), n.format(badRows))
              : t.previewSummary(n.format(preview.rows), n.format(preview.create), n.format(preview.update), n.format(preview.unchanged))}
          </p>
          {preview.errors.length > 0 ? (
            <>
              <Notice tone="danger" title={t.errorsTitle(badRows)} data-testid="import-errors-notice">
                {t.errorsBody}
              </Notice>
              <Table columns={errorColumns} rows={preview.errors} rowKey={(e) => `${e.line}-${e.field}-${e.reason}`} caption={t.errorsTable} data-testid="import-errors" />
            </>
          ) : toWrite === 0 ? (
            <Notice tone="info" data-testid="import-nothing">
              {t.nothingToImport}
            </Notice>
          ) : (
            <>
              <Notice tone="success" title={t.readyTitle} />
              <Table columns={changeColumns} rows={preview.changes} rowKey={(c) => `${c.line}`} caption={t.changesTable} data-testid="import-changes" />
              {preview.changesTruncated ? <p className="muted small">{t.changesTruncated(n.format(preview.changes.length), n.format(toWrite))}</p> : null}
              <div className="form-actions">
                <Button variant="primary" icon="check" busy={commit.busy} onClick={() => void confirm()} data-testid="import-confirm">
                  {t.confirmImport(n.format(toWrite))}
                </Button>
              </div>
            </>
          )}
        </div>
      ) : null}
    </Card>
  );
}

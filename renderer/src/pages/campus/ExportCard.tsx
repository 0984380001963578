import { CSV_KINDS, type CsvKind } from '../../../../shared/campus/contract.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { download } from '../../ui/download.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';

const LABEL = { people: 'exportPeople', units: 'exportUnits' } as const;

export function ExportCard() {
  const t = useText(campusText);
  const n = useNumbers();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);

  const exportCsv = (kind: CsvKind) =>
    action.run(async () => {
      const file = await api.call('campus.export', { kind });
      download(file.filename, file.csv);
      setDone(t.exported(file.filename, n.format(file.rows)));
    });

  return (
    <Card title={t.exportTitle} data-testid="export-card">
      <p className="muted">{t.exportIntro}</p>
      <ErrorBanner error={action.error} />
      {done ? (
        <Notice tone="success" onDismiss={() => setDone(null)} data-testid="export-done">
          {done}
        </Notice>
      ) : null}
      <div className="form-actions form-actions-start">
        {CSV_KINDS.map((kind) => (
          <Button key={kind} onClick={() => void exportCsv(kind)} disabled={action.busy} data-testid={`export-${kind}`}>
            {t[LABEL[kind]]}
          </Button>
        ))}
      </div>
    </Card>
  );
}

import type { Status } from '../../../shared/system/contract.js';
import { api } from '../api/client.js';
import { useAction } from '../api/useAction.js';
import { authText } from '../i18n/auth.js';
import { useDates, useText } from '../i18n/lang.js';
import { Button } from '../ui/Button.js';
import { ErrorBanner } from '../ui/ErrorBanner.js';
import { Badge, Notice } from '../ui/Notice.js';
import { AuthFrame } from './AuthFrame.js';

export interface RecoveryProps {
  status: Status;
  /** Called with the status after a backup was put in place. */
  onRestored: (status: Status) => void;
}

interface Backup {
  name: string;
  date: Date;
  /** Data version a pre-migration backup was taken at. */
  migratedFrom: string | null;
}

/** Backup names are "YYYY-MM-DD" (daily) or "pre-migration-v<N>-YYYY-MM-DD". */
function describeBackup(name: string): Backup | null {
  const day = name.match(/(\d{4}-\d{2}-\d{2})$/);
  if (!day) return null;
  const version = name.match(/^pre-migration-v(\d+)-/);
  return { name, date: new Date(`${day[1]}T12:00:00`), migratedFrom: version ? version[1]! : null };
}

/** Newest day first; on the same day the daily backup is the later one, taken after the migration's. */
function newestFirst(names: readonly string[]): Backup[] {
  return names
    .map(describeBackup)
    .filter((b): b is Backup => b !== null)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || Number(a.migratedFrom !== null) - Number(b.migratedFrom !== null));
}

/** Shown instead of the app when the data file cannot be used; only the host's own backups can be restored. */
export function Recovery({ status, onRestored }: RecoveryProps) {
  const t = useText(authText);
  const dates = useDates();
  const restore = useAction();
  const { store } = status;

  if (store.kind === 'tooNew') {
    return (
      <AuthFrame title={t.recoveryTitle} wide data-testid="recovery">
        <Notice tone="warning">{t.tooNewBody(store.found, store.supported)}</Notice>
        <dl className="facts">
          <dt>{t.dataFolder}</dt>
          <dd className="mono">{status.dataDir}</dd>
        </dl>
      </AuthFrame>
    );
  }
  if (store.kind !== 'corrupt') return null;

  const backups = newestFirst(store.backups);
  const latest = backups[0];
  return (
    <AuthFrame title={t.recoveryTitle} wide data-testid="recovery">
      <Notice tone="danger">{t.corruptBody}</Notice>
      <dl className="facts">
        <dt>{t.corruptFile}</dt>
        <dd className="mono">{store.file}</dd>
        <dt>{t.corruptReason}</dt>
        <dd className="mono">{store.reason}</dd>
      </dl>
      <h2 className="section-title">{t.backupsTitle}</h2>
      {latest ? (
        <>
          <ol className="backup-list" data-testid="backup-list">
            {backups.map((b) => (
              <li key={b.name}>
                <span>{b.migratedFrom ? t.migrationBackup(dates.date(b.date), b.migratedFrom) : t.dailyBackup(dates.date(b.date))}</span>
                {b === latest ? <Badge tone="info">{t.latest}</Badge> : null}
              </li>
            ))}
          </ol>
          <ErrorBanner error={restore.error} />
          <div className="form-actions">
            <Button
              variant="primary"
              icon="refresh"
              busy={restore.busy}
              onClick={() => void restore.run(async () => onRestored(await api.call('system.restoreBackup', { backup: latest.name })))}
              data-testid="restore-latest"
            >
              {t.restoreLatest}
            </Button>
          </div>
        </>
      ) : (
        <Notice tone="warning">{t.noBackups}</Notice>
      )}
    </AuthFrame>
  );
}

import type { PublicUser } from '../../../../shared/system/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useQuery } from '../../api/useQuery.js';
import { useDates, useText } from '../../i18n/lang.js';
import { roleText } from '../../i18n/roles.js';
import { settingsText } from '../../i18n/settings.js';
import { useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Badge, Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { AddUserDialog } from './AddUserDialog.js';

export function UsersSection() {
  const t = useText(settingsText);
  const roles = useText(roleText);
  const dates = useDates();
  const { user: me } = useSession();
  const users = useQuery('users.list', {});
  const toggle = useAction();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const setActive = (u: PublicUser) =>
    toggle.run(async () => {
      await api.call('users.setActive', { id: u.id, active: !u.active });
      users.reload();
    });

  const columns: Column<PublicUser>[] = [
    {
      key: 'name',
      header: t.displayName,
      cell: (u) => (
        <>
          {u.displayName}
          {u.id === me.id ? <span className="muted"> ({t.you})</span> : null}
        </>
      ),
    },
    { key: 'username', header: t.username, cell: (u) => <span className="mono">{u.username}</span> },
    { key: 'role', header: t.role, cell: (u) => roles[u.role] },
    { key: 'status', header: t.status, cell: (u) => (u.active ? <Badge tone="success">{t.active}</Badge> : <Badge>{t.inactive}</Badge>) },
    { key: 'created', header: t.created, nowrap: true, cell: (u) => dates.date(u.createdAt) },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t.actions}</span>,
      align: 'end',
      cell: (u) => (
        <Button
          size="small"
          variant={u.active ? 'ghost' : 'secondary'}
          disabled={toggle.busy}
          onClick={() => void setActive(u)}
          aria-label={u.active ? t.deactivateUser(u.displayName) : t.activateUser(u.displayName)}
          data-testid={`user-toggle-${u.username}`}
        >
          {u.active ? t.deactivate : t.activate}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={t.usersTitle}
      actions={
        <Button icon="plus" onClick={() => setAdding(true)} data-testid="add-user">
          {t.addUser}
        </Button>
      }
    >
      <p className="muted">{t.usersIntro}</p>
      {added ? (
        <Notice tone="success" onDismiss={() => setAdded(null)}>
          {t.userAdded(added)}
        </Notice>
      ) : null}
      <ErrorBanner error={toggle.error ?? users.error} onDismiss={toggle.error ? toggle.clear : undefined} onRetry={users.error ? users.reload : undefined} />
      {users.data ? (
        <Table columns={columns} rows={users.data} rowKey={(u) => u.id} caption={t.usersTitle} data-testid="users-table" />
      ) : users.loading ? (
        <Loading />
      ) : null}
      <AddUserDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(u) => {
          setAdding(false);
          setAdded(u.displayName);
          users.reload();
        }}
      />
    </Card>
  );
}

import type { RoleView } from '../../../../shared/rotation/contract.js';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Badge, Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { useRotationAccess } from './access.js';
import { useRotationFormat } from './format.js';
import { RoleDialog } from './RoleDialog.js';
import type { SectionProps } from './StaffPage.js';

const shortBy = (r: RoleView) => Math.max(0, r.minimum - r.onCampus);

/** Staff roles with their posts and R4 minimum, against who is on campus now; administrators add and edit them. */
export function Roles({ onChange }: SectionProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const { canMaintain } = useRotationAccess();
  const list = useQuery('rotation.roles.list', {});
  const [editing, setEditing] = useState<RoleView | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const columns: Column<RoleView>[] = [
    { key: 'name', header: t.roleName, cell: (r) => r.name },
    { key: 'kind', header: t.roleKind, nowrap: true, cell: (r) => t[`kind_${r.kind}`] },
    { key: 'posts', header: t.posts, align: 'end', cell: (r) => f.n(r.posts) },
    {
      key: 'min',
      header: t.minimum,
      align: 'end',
      nowrap: true,
      cell: (r) => <span data-testid={`role-min-${r.id}`}>{r.minimumPercent === null ? f.n(r.minimum) : t.minimumShare(f.n(r.minimum), f.n(r.minimumPercent))}</span>,
    },
    { key: 'now', header: t.onCampus, align: 'end', cell: (r) => <span data-testid={`role-now-${r.id}`}>{f.n(r.onCampus)}</span> },
    {
      key: 'state',
      header: t.staffing,
      nowrap: true,
      cell: (r) => (
        <span data-testid={`role-state-${r.id}`} data-below={shortBy(r) > 0}>
          {shortBy(r) > 0 ? <Badge tone="danger">{t.belowMinimum(f.n(shortBy(r)))}</Badge> : <Badge tone="success">{t.atMinimum}</Badge>}
        </span>
      ),
    },
    ...(canMaintain
      ? [
          {
            key: 'actions',
            header: <span className="visually-hidden">{t.actions}</span>,
            nowrap: true,
            cell: (r: RoleView) => (
              <Button size="small" variant="ghost" onClick={() => setEditing(r)} aria-label={t.editRoleNamed(r.name)} data-testid={`role-edit-${r.id}`}>
                {t.editRole}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t.rolesTitle}
      data-testid="rotation-roles"
      actions={
        canMaintain ? (
          <Button variant="secondary" icon="plus" onClick={() => setEditing('new')} data-testid="role-add">
            {t.addRole}
          </Button>
        ) : null
      }
    >
      <p className="muted">{t.rolesIntro}</p>
      {canMaintain ? null : <p className="muted">{t.rolesReadOnly}</p>}
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="role-notice">
          {notice}
        </Notice>
      ) : null}
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data ? (
        <Table
          columns={columns}
          rows={list.data}
          rowKey={(r) => r.id}
          caption={t.rolesTitle}
          empty={t.noRoles}
          rowClass={(r) => (shortBy(r) > 0 ? 'row-danger' : undefined)}
          data-testid="roles-table"
        />
      ) : list.loading ? (
        <Loading />
      ) : null}
      {editing ? (
        <RoleDialog
          role={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setNotice(t.roleSaved(name));
            list.reload();
            onChange();
          }}
        />
      ) : null}
    </Card>
  );
}

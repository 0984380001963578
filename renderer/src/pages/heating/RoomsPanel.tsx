import type { RoomView } from '../../../../shared/heating/contract.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useQuery } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useDates, useText } from '../../i18n/lang.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input } from '../../ui/Field.js';
import { Badge } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Pagination, Table, type Column } from '../../ui/Table.js';
import { useHeatingAccess } from './access.js';
import { useHeatingFormat } from './format.js';
import { RoomDialog } from './RoomDialog.js';

/** A large campus has some 450 spaces: a page at a time keeps the table quick to render and to read. */
const PAGE = 50;

const matches = (room: RoomView, needle: string) =>
  [room.name, room.buildingName ?? '', ...room.unitNames].some((s) => s.toLowerCase().includes(needle));

/** The spaces R9 watches, with their people and minimum; administrators add, edit and delete them. */
export function RoomsPanel() {
  const t = useText(heatingText);
  const dates = useDates();
  const f = useHeatingFormat();
  const { canEditRooms } = useHeatingAccess();
  const rooms = useQuery('heating.rooms.list', {});
  const [filter, setFilter] = useState('');
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<RoomView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RoomView | null>(null);
  const removal = useAction();

  const all = rooms.data?.rooms ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle ? all.filter((r) => matches(r, needle)) : all;

  const columns: Column<RoomView>[] = [
    {
      key: 'name',
      header: t.colSpace,
      width: '22%',
      cell: (r) => (
        <>
          <div className="heat-space-name">{r.name}</div>
          <div className="heat-sub">{r.buildingName ?? t.noBuilding}</div>
        </>
      ),
    },
    { key: 'kind', header: t.colKind, nowrap: true, cell: (r) => t[`kind_${r.kind}`] },
    { key: 'who', header: t.colWho, width: '26%', cell: (r) => (r.unitNames.length > 0 ? r.unitNames.join(t.listSep) : '—') },
    { key: 'people', header: t.colPeople, align: 'end', cell: (r) => f.n(r.occupants) },
    {
      key: 'min',
      header: t.colMinimum,
      align: 'end',
      nowrap: true,
      cell: (r) => (
        <>
          {f.celsius(r.effectiveMinCelsius)} <Badge>{r.minCelsius === undefined ? t.ruleMinimum : t.ownMinimum}</Badge>
        </>
      ),
    },
    { key: 'last', header: t.colLast, align: 'end', nowrap: true, cell: (r) => (r.latest ? `${f.celsius(r.latest.celsius)} · ${dates.ago(r.latest.at)}` : '—') },
    ...(canEditRooms
      ? [
          {
            key: 'actions',
            header: t.colActions,
            nowrap: true,
            cell: (r: RoomView) => (
              <span className="heat-row-actions">
                <Button size="small" variant="ghost" onClick={() => setEditing(r)} aria-label={t.editRoomNamed(r.name)}>
                  {t.edit}
                </Button>
                <Button size="small" variant="ghost" onClick={() => setDeleting(r)} aria-label={t.deleteRoomNamed(r.name)}>
                  {t.delete}
                </Button>
              </span>
            ),
          },
        ]
      : []),
  ];

  const saved = () => {
    setEditing(null);
    rooms.reload();
  };

  return (
    <Card
      title={t.roomsTitle}
      actions={
        canEditRooms && rooms.data ? (
          <Button variant="primary" icon="plus" onClick={() => setEditing('new')} data-testid="room-add">
            {t.addRoom}
          </Button>
        ) : null
      }
      data-testid="heating-rooms"
    >
      <p className="muted">{t.roomsIntro}</p>
      <ErrorBanner error={rooms.error} onRetry={rooms.reload} />
      {rooms.data ? (
        <>
          <div className="form-grid">
            <Field label={t.filter} hint={t.shownOf(f.n(shown.length), f.n(all.length))}>
              <Input
                type="search"
                value={filter}
                placeholder={t.filterPlaceholder}
                onChange={(e) => {
                  setFilter(e.target.value);
                  setOffset(0);
                }}
                data-testid="rooms-filter"
              />
            </Field>
          </div>
          <Table columns={columns} rows={shown.slice(offset, offset + PAGE)} rowKey={(r) => r.id} caption={t.roomsTitle} empty={t.noRooms} data-testid="rooms-table" />
          <Pagination offset={offset} limit={PAGE} total={shown.length} onChange={setOffset} />
          {editing ? <RoomDialog room={editing === 'new' ? null : editing} campus={rooms.data} onClose={() => setEditing(null)} onSaved={saved} /> : null}
        </>
      ) : rooms.loading ? (
        <Loading />
      ) : null}
      {deleting ? (
        <Dialog open onClose={() => setDeleting(null)} title={t.deleteRoomNamed(deleting.name)} data-testid="room-delete-dialog">
          <p>{t.deleteConfirm(deleting.name)}</p>
          <ErrorBanner error={removal.error} />
          <div className="form-actions">
            <Button onClick={() => setDeleting(null)}>{t.cancel}</Button>
            <Button
              variant="danger"
              busy={removal.busy}
              onClick={() =>
                void removal.run(async () => {
                  await api.call('heating.rooms.delete', { id: deleting.id });
                  setDeleting(null);
                  rooms.reload();
                })
              }
              data-testid="room-delete-confirm"
            >
              {t.delete}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </Card>
  );
}

import type { CoverageStatus } from '../../../../shared/heating/coverage.js';
import type { SpaceView } from '../../../../shared/heating/contract.js';
import { heatingText } from '../../i18n/heating.js';
import { useDates, useText } from '../../i18n/lang.js';
import { Badge } from '../../ui/Notice.js';
import { Table, type Column } from '../../ui/Table.js';
import { useHeatingFormat } from './format.js';

const TONES: Record<CoverageStatus, 'success' | 'danger' | 'warning'> = { covered: 'success', gap: 'danger', unknown: 'warning' };

export function StatusBadge({ status }: { status: CoverageStatus }) {
  const t = useText(heatingText);
  return <Badge tone={TONES[status]}>{t[`status_${status}`]}</Badge>;
}

/** Spaces with who is in them and how warm they last were: the coldest list and the "read these next" list. */
export function SpacesTable({ spaces, caption, empty, testId }: { spaces: readonly SpaceView[]; caption: string; empty: string; testId: string }) {
  const t = useText(heatingText);
  const dates = useDates();
  const f = useHeatingFormat();
  const columns: Column<SpaceView>[] = [
    {
      key: 'name',
      header: t.colSpace,
      width: '22%',
      cell: (s) => (
        <>
          <div className="heat-space-name">{s.name}</div>
          <div className="heat-sub">{s.buildingName ?? t.noBuilding}</div>
        </>
      ),
    },
    { key: 'who', header: t.colWho, width: '26%', cell: (s) => (s.unitNames.length > 0 ? s.unitNames.join(t.listSep) : '—') },
    { key: 'people', header: t.colPeople, align: 'end', cell: (s) => f.n(s.occupants) },
    {
      key: 'reading',
      header: t.colReading,
      align: 'end',
      nowrap: true,
      cell: (s) => (
        <>
          <div>{s.latest ? f.celsius(s.latest.celsius) : '—'}</div>
          <div className="heat-sub">{t.minShort(f.celsius(s.minCelsius))}</div>
        </>
      ),
    },
    { key: 'margin', header: t.colMargin, align: 'end', nowrap: true, cell: (s) => (s.marginCelsius === null ? '—' : f.margin(s.marginCelsius)) },
    {
      key: 'at',
      header: t.colReadAt,
      nowrap: true,
      cell: (s) =>
        s.latest ? (
          <time dateTime={s.latest.at} title={dates.dateTime(s.latest.at)}>
            {dates.ago(s.latest.at)}
          </time>
        ) : (
          t.never
        ),
    },
    { key: 'status', header: t.colStatus, nowrap: true, cell: (s) => <StatusBadge status={s.status} /> },
  ];
  return (
    <Table
      columns={columns}
      rows={spaces}
      rowKey={(s) => s.roomId}
      caption={caption}
      empty={empty}
      rowClass={(s) => (s.status === 'gap' ? 'row-danger' : undefined)}
      data-testid={testId}
    />
  );
}

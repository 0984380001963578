import type { NatPersonView, NatRegionView, NatUnitView } from '../../../../shared/rotation/contract.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { fromDateTimeInput } from '../../ui/dateTimeInput.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { useRotationAccess } from './access.js';
import { useRotationFormat } from './format.js';
import type { SectionProps } from './StaffPage.js';
import { WindowedList } from './WindowedList.js';

/** R5: who is due or overdue, by region and unit, and a round recorded for a whole unit at once. */
export function NatPanel({ onChange }: SectionProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const { canMaintain } = useRotationAccess();
  const schedule = useQuery('rotation.nat.schedule', {});
  const [unitShown, setUnitShown] = useState<NatUnitView | null>(null);
  const [recording, setRecording] = useState<NatUnitView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const s = schedule.data;

  const unitColumns: Column<NatUnitView>[] = [
    { key: 'unit', header: t.unit, cell: (u) => u.unitName },
    { key: 'on', header: t.natOnCampus, align: 'end', cell: (u) => f.n(u.onCampus) },
    {
      key: 'overdue',
      header: t.overdueCol,
      align: 'end',
      cell: (u) => (u.overdueCount > 0 ? <strong className="rot-text-danger" data-testid={`nat-overdue-${u.unitId}`}>{f.n(u.overdueCount)}</strong> : <span className="muted">0</span>),
    },
    { key: 'last', header: t.lastRound, nowrap: true, cell: (u) => (u.lastRoundAt ? f.at(u.lastRoundAt) : t.noneYet) },
    { key: 'next', header: t.nextDue, nowrap: true, cell: (u) => (u.nextDueOn ? f.day(u.nextDueOn) : t.noneYet) },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t.showPeople}</span>,
      nowrap: true,
      cell: (u) => (
        <span className="rot-row-actions">
          <Button size="small" variant="ghost" onClick={() => setUnitShown(u)} aria-label={`${t.showPeople}: ${u.unitName}`}>
            {t.showPeople}
          </Button>
          {canMaintain ? (
            <Button size="small" onClick={() => setRecording(u)} aria-label={`${t.recordRound}: ${u.unitName}`} data-testid={`record-round-${u.unitId}`}>
              {t.recordRound}
            </Button>
          ) : null}
        </span>
      ),
    },
  ];

  return (
    <div className="stack" data-testid="rotation-nat">
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="nat-notice">
          {notice}
        </Notice>
      ) : null}
      <ErrorBanner error={schedule.error} onRetry={schedule.reload} />
      {s ? (
        <>
          <Card title={t.natTitle}>
            <p className="muted">{t.natIntro(f.n(s.intervalDays))}</p>
            <div className="rot-figures">
              <div className="rot-figure">
                <div className="rot-big">{f.n(s.onCampus)}</div>
                <div className="rot-figure-label">{t.natOnCampus}</div>
              </div>
              <div className={s.overdueCount > 0 ? 'rot-figure rot-figure-danger' : 'rot-figure'}>
                <div className="rot-big" data-testid="nat-overdue-count">
                  {f.n(s.overdueCount)}
                </div>
                <div className="rot-figure-label">{t.natOverdue}</div>
              </div>
              <div className="rot-figure">
                <div className="rot-big">{f.n(s.dueTodayCount)}</div>
                <div className="rot-figure-label">{t.natDueToday}</div>
              </div>
            </div>
          </Card>
          <Card title={t.overdueListTitle} data-testid="nat-overdue-list">
            <OverdueList people={s.overdue} />
          </Card>
          <Card title={t.natByUnit}>
            {s.regions.map((region) => (
              <RegionUnits key={region.regionId ?? 'none'} region={region} columns={unitColumns} />
            ))}
          </Card>
        </>
      ) : schedule.loading ? (
        <Loading />
      ) : null}
      {unitShown ? <UnitPeopleDialog unit={unitShown} onClose={() => setUnitShown(null)} /> : null}
      {recording ? (
        <RoundDialog
          unit={recording}
          onClose={() => setRecording(null)}
          onDone={(message) => {
            setRecording(null);
            setNotice(message);
            schedule.reload();
            onChange();
          }}
        />
      ) : null}
    </div>
  );
}

function RegionUnits({ region, columns }: { region: NatRegionView; columns: Column<NatUnitView>[] }) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const [all, setAll] = useState(false);
  // Units with someone overdue first: that is where a round is needed. The others wait behind a button.
  const units = [...region.units].sort((a, b) => b.overdueCount - a.overdueCount || b.dueToday - a.dueToday || a.unitName.localeCompare(b.unitName));
  const attention = units.filter((u) => u.overdueCount > 0 || u.dueToday > 0);
  const shown = all ? units : attention;
  const title = region.regionName ?? t.noRegion;
  return (
    <section className="rot-region" data-testid={`nat-region-${region.regionId ?? 'none'}`}>
      <h3 className="rot-subtitle">
        {title} <span className="muted">· {t.natOverdue} {f.n(region.overdueCount)} / {f.n(region.onCampus)}</span>
      </h3>
      {shown.length > 0 ? (
        <Table columns={columns} rows={shown} rowKey={(u) => u.unitId} caption={title} rowClass={(u) => (u.overdueCount > 0 ? 'row-danger' : undefined)} />
      ) : (
        <p className="muted">{t.noAttentionUnits}</p>
      )}
      {attention.length < units.length ? (
        <Button size="small" variant="ghost" onClick={() => setAll((v) => !v)} aria-expanded={all}>
          {all ? t.showAttentionUnits : t.showAllUnits(f.n(units.length))}
        </Button>
      ) : null}
    </section>
  );
}

function OverdueList({ people }: { people: NatPersonView[] }) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  if (people.length === 0) return <p className="muted">{t.overdueListEmpty}</p>;
  return (
    <WindowedList
      label={t.overdueListTitle}
      rows={people}
      rowKey={(p) => p.personId}
      header={[t.name, t.unit, t.region, t.lastTested, t.daysOverdue]}
      cells={(p) => [
        p.name,
        p.unitName,
        p.regionName ?? t.noRegion,
        p.lastTestedAt ? f.at(p.lastTestedAt) : t.neverTested,
        p.daysOverdue === null ? t.neverTested : t.overdueDays(f.n(p.daysOverdue)),
      ]}
    />
  );
}

function UnitPeopleDialog({ unit, onClose }: { unit: NatUnitView; onClose: () => void }) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const detail = useQuery('rotation.nat.schedule', { unitId: unit.unitId });
  const columns: Column<NatPersonView>[] = [
    { key: 'name', header: t.name, cell: (p) => p.name },
    { key: 'last', header: t.lastTested, nowrap: true, cell: (p) => (p.lastTestedAt ? f.at(p.lastTestedAt) : t.neverTested) },
    { key: 'due', header: t.nextDue, nowrap: true, cell: (p) => (p.dueOn ? f.day(p.dueOn) : t.noneYet) },
    { key: 'overdue', header: t.daysOverdue, align: 'end', cell: (p) => (p.overdue ? <span className="rot-text-danger">{p.daysOverdue === null ? t.neverTested : f.n(p.daysOverdue)}</span> : '—') },
  ];
  return (
    <Dialog open onClose={onClose} title={t.unitPeopleTitle(unit.unitName)} data-testid="nat-unit-dialog">
      <ErrorBanner error={detail.error} onRetry={detail.reload} />
      {detail.data?.people ? (
        <div className="rot-dialog-scroll">
          <Table columns={columns} rows={detail.data.people} rowKey={(p) => p.personId} caption={t.unitPeopleTitle(unit.unitName)} />
        </div>
      ) : detail.loading ? (
        <Loading />
      ) : null}
      <div className="form-actions">
        <Button onClick={onClose}>{t.close}</Button>
      </div>
    </Dialog>
  );
}

function RoundDialog({ unit, onClose, onDone }: { unit: NatUnitView; onClose: () => void; onDone: (message: string) => void }) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const [testedAt, setTestedAt] = useState('');
  return (
    <Dialog open onClose={onClose} title={t.roundTitle(unit.unitName)} data-testid="round-dialog">
      <Form
        onSubmit={async () => {
          const r = await api.call('rotation.nat.recordRound', { unitId: unit.unitId, ...(testedAt ? { testedAt: fromDateTimeInput(testedAt) } : {}) });
          onDone(t.roundRecorded(r.unitName, f.n(r.tested)));
        }}
      >
        <p>{t.roundIntro(f.n(unit.onCampus))}</p>
        <Field label={t.testedAt} name="testedAt" hint={t.testedAtHint}>
          <Input type="datetime-local" value={testedAt} onChange={(e) => setTestedAt(e.target.value)} data-testid="round-tested-at" />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancelForm}</Button>
          <SubmitButton data-testid="round-submit">{t.recordRound}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

import { format } from 'date-fns';
import type { OutdoorImportPreview, ReadingsImportPreview } from '../../../../shared/heating/contract.js';
import { api } from '../../api/client.js';
import { heatingText } from '../../i18n/heating.js';
import { useDates, useText } from '../../i18n/lang.js';
import { Notice } from '../../ui/Notice.js';
import { CsvImport } from './CsvImport.js';
import { useHeatingAccess } from './access.js';
import { useHeatingFormat } from './format.js';

/** Times in a logger's export rarely carry an offset: they are in the time zone of the computer it was read on. */
const localOffset = () => format(new Date(), 'xxx');

export function ImportPanel() {
  const t = useText(heatingText);
  const dates = useDates();
  const f = useHeatingFormat();
  const { canRecord } = useHeatingAccess();
  if (!canRecord) return <Notice tone="info">{t.readOnly}</Notice>;
  return (
    <div className="stack">
      <CsvImport<ReadingsImportPreview>
        title={t.importReadingsTitle}
        intro={t.importReadingsIntro}
        testId="import-readings"
        preview={(csv) => api.call('heating.readings.importPreview', { csv, defaultOffset: localOffset() })}
        commit={async (csv) => {
          const r = await api.call('heating.readings.import', { csv, defaultOffset: localOffset() });
          return t.importedReadings(f.n(r.added), f.n(r.rooms));
        }}
        summary={(p) => (p.from && p.to ? <p>{t.previewRooms(f.n(p.rooms), dates.dateTime(p.from), dates.dateTime(p.to))}</p> : null)}
        columns={[
          { key: 'line', header: t.colLine, align: 'end', width: '5rem', cell: (r) => f.n(r.line) },
          { key: 'room', header: t.colRoom, cell: (r) => r.roomName },
          { key: 'at', header: t.colAt, nowrap: true, cell: (r) => dates.dateTime(r.at) },
          { key: 'celsius', header: t.colCelsius, align: 'end', cell: (r) => f.celsius(r.celsius) },
        ]}
      />
      <CsvImport<OutdoorImportPreview>
        title={t.importOutdoorTitle}
        intro={t.importOutdoorIntro}
        testId="import-outdoor"
        preview={(csv) => api.call('heating.outdoor.importPreview', { csv })}
        commit={async (csv) => {
          const r = await api.call('heating.outdoor.import', { csv });
          return t.importedOutdoor(f.n(r.added), f.n(r.replaced));
        }}
        summary={(p) => (p.replacing > 0 ? <p>{t.previewReplacing(f.n(p.replacing))}</p> : null)}
        columns={[
          { key: 'line', header: t.colLine, align: 'end', width: '5rem', cell: (r) => f.n(r.line) },
          { key: 'date', header: t.colDate, nowrap: true, cell: (r) => r.date },
          { key: 'mean', header: t.colMean, align: 'end', cell: (r) => f.celsius(r.meanCelsius) },
          { key: 'replaces', header: t.colReplaces, align: 'end', cell: (r) => (r.replaces === null ? '—' : f.celsius(r.replaces)) },
        ]}
      />
    </div>
  );
}

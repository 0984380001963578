import type { CoverageNow } from '../../../../shared/heating/contract.js';
import { heatingText } from '../../i18n/heating.js';
import { useDates, useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { Notice } from '../../ui/Notice.js';
import { useHeatingFormat } from './format.js';

/** The answer first: how many people and spaces are warm enough, the gaps, and — apart, never as warm — the unknown. */
export function CoverageSummary({ coverage }: { coverage: CoverageNow }) {
  const t = useText(heatingText);
  const dates = useDates();
  const f = useHeatingFormat();
  const { byOccupants, byCount, covered, gap, unknown, total } = coverage;
  return (
    <Card title={t.coverageTitle} actions={<span className="muted">{t.asOf(dates.dateTime(coverage.at))}</span>} data-testid="heating-coverage">
      {byOccupants === null || byCount === null ? (
        <Notice tone="warning">{t.noOccupied}</Notice>
      ) : (
        <div className="heat-figures">
          <div className="heat-figure heat-figure-main" data-testid="coverage-people">
            <div className="heat-big">{f.pct(byOccupants.covered)}</div>
            <div className="heat-label">{t.peopleWarm}</div>
            <div className="heat-sub">{t.peopleCount(f.n(covered.occupants), f.n(total.occupants))}</div>
            <div className="heat-sub">{t.occupantsHint}</div>
          </div>
          <div className="heat-figure" data-testid="coverage-spaces">
            <div className="heat-big">{f.pct(byCount.covered)}</div>
            <div className="heat-label">{t.spacesWarm}</div>
            <div className="heat-sub">{t.spacesCount(f.n(covered.spaces), f.n(total.spaces))}</div>
          </div>
          <div className={gap.spaces > 0 ? 'heat-figure heat-figure-gap' : 'heat-figure'} data-testid="coverage-gaps">
            <div className="heat-big">{f.n(gap.spaces)}</div>
            <div className="heat-label">{t.gapsTitle}</div>
            <div className="heat-sub">{t.gapsBody(f.n(gap.spaces), f.n(gap.occupants))}</div>
          </div>
          <div className={unknown.spaces > 0 ? 'heat-figure heat-figure-unknown' : 'heat-figure'} data-testid="coverage-unknown">
            <div className="heat-big">{f.n(unknown.spaces)}</div>
            <div className="heat-label">{t.unknownTitle}</div>
            <div className="heat-sub">{t.unknownBody(f.n(unknown.spaces), f.n(unknown.occupants))}</div>
            <div className="heat-sub">{t.unknownHint(f.n(coverage.maxAgeHours))}</div>
          </div>
        </div>
      )}
      {coverage.unoccupied > 0 ? <p className="muted">{t.unoccupied(f.n(coverage.unoccupied))}</p> : null}
    </Card>
  );
}

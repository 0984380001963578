import { describe, expect, it } from 'vitest';
import { checkEligibility, checkEligibilityMany, indexRiskAreas, normalizePlace } from '../../../shared/rotation/eligibility.js';
import type { EligibilityEvidence } from '../../../shared/rotation/eligibility.js';
import { DEFAULT_ROTATION_SETTINGS, eligibilityResultSchema } from '../../../shared/rotation/schema.js';
import type { Certificate, ContactDeclaration, RiskArea, TravelStay } from '../../../shared/rotation/schema.js';
import { certificate, riskArea, stay } from './fixtures.js';

// Entry on 15 May: with a 14-day look-back the window is 2–15 May.
const ENTRY = '2024-05-15T08:00:00+08:00';
const CHECKED = '2024-05-14T18:00:00+08:00';
const VALID_NAT = certificate('nat-ok', '2024-05-14T20:00:00+08:00');

function check(
  evidence: { stays?: TravelStay[]; certificates?: Certificate[]; contacts?: ContactDeclaration[] },
  areas: RiskArea[] = [],
  entryAt = ENTRY,
) {
  const full: EligibilityEvidence = {
    stays: evidence.stays ?? [],
    certificates: evidence.certificates ?? [VALID_NAT],
    contacts: evidence.contacts ?? [],
  };
  return checkEligibility(full, entryAt, { riskAreas: indexRiskAreas(areas), settings: DEFAULT_ROTATION_SETTINGS, checkedAt: CHECKED });
}

describe('NAT certificate (R2 c)', () => {
  it('passes a negative sampled exactly 24 h before entry', () => {
    const result = check({ certificates: [certificate('n1', '2024-05-14T08:00:00+08:00')] });
    expect(result).toEqual({ eligible: true, reasons: [], checkedAt: CHECKED, entryAt: ENTRY });
  });

  it('fails a negative sampled 24 h 1 min before entry, naming the certificate and the validity start', () => {
    const result = check({ certificates: [certificate('n1', '2024-05-14T07:59:00+08:00')] });
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([
      { code: 'nat_expired', certificateId: 'n1', sampledAt: '2024-05-14T07:59:00+08:00', validFrom: '2024-05-14T00:00:00.000Z' },
    ]);
  });

  it('compares instants, not text: exactly 24 h written in another offset passes, one minute more fails', () => {
    expect(check({ certificates: [certificate('n1', '2024-05-14T00:00:00Z')] }).eligible).toBe(true);
    expect(check({ certificates: [certificate('n1', '2024-05-13T23:59:00Z')] }).eligible).toBe(false);
  });

  it('passes a negative sampled at the entry instant and fails one sampled a minute after it', () => {
    expect(check({ certificates: [certificate('n1', ENTRY)] }).eligible).toBe(true);
    const late = check({ certificates: [certificate('n1', '2024-05-15T08:01:00+08:00')] });
    expect(late.reasons).toEqual([
      { code: 'nat_after_entry', certificateId: 'n1', sampledAt: '2024-05-15T08:01:00+08:00', validFrom: '2024-05-14T00:00:00.000Z' },
    ]);
  });

  it('prefers reporting the latest expired negative over earlier ones and over one taken after entry', () => {
    const result = check({
      certificates: [
        certificate('old', '2024-05-10T08:00:00+08:00'),
        certificate('newer', '2024-05-13T08:00:00+08:00'),
        certificate('after', '2024-05-16T08:00:00+08:00'),
      ],
    });
    expect(result.reasons).toMatchObject([{ code: 'nat_expired', certificateId: 'newer' }]);
  });

  it('fails without any certificate', () => {
    expect(check({ certificates: [] }).reasons).toEqual([{ code: 'nat_missing', validFrom: '2024-05-14T00:00:00.000Z' }]);
  });

  it('fails a positive result, which is no negative either', () => {
    const result = check({ certificates: [certificate('p1', '2024-05-14T20:00:00+08:00', 'positive')] });
    expect(result.reasons).toEqual([
      { code: 'nat_positive', certificateId: 'p1', sampledAt: '2024-05-14T20:00:00+08:00' },
      { code: 'nat_missing', validFrom: '2024-05-14T00:00:00.000Z' },
    ]);
  });

  it('fails a positive in the window even when a valid negative follows it', () => {
    const result = check({ certificates: [certificate('p1', '2024-05-10T09:00:00+08:00', 'positive'), VALID_NAT] });
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([{ code: 'nat_positive', certificateId: 'p1', sampledAt: '2024-05-10T09:00:00+08:00' }]);
  });

  it('ignores a positive sampled before the look-back window', () => {
    expect(check({ certificates: [certificate('p1', '2024-05-01T09:00:00+08:00', 'positive'), VALID_NAT] }).eligible).toBe(true);
    expect(check({ certificates: [certificate('p1', '2024-05-02T09:00:00+08:00', 'positive'), VALID_NAT] }).eligible).toBe(false);
  });

  it('follows the configured validity', () => {
    const certificates = [certificate('n1', '2024-05-13T08:00:00+08:00')];
    const areas = indexRiskAreas([]);
    const settings = { ...DEFAULT_ROTATION_SETTINGS, natValidityHours: 48 };
    const result = checkEligibility({ stays: [], contacts: [], certificates }, ENTRY, { riskAreas: areas, settings, checkedAt: CHECKED });
    expect(result.eligible).toBe(true);
  });
});

describe('key risk area stays (R2 a)', () => {
  const area = riskArea('ra-1', 'Chaoyang District', '2024-04-01');

  it('does not count a stay ending exactly 14 days before entry; one day later it counts', () => {
    expect(check({ stays: [stay('s1', 'Chaoyang District', '2024-04-25', '2024-05-01')] }, [area]).eligible).toBe(true);
    const inside = check({ stays: [stay('s1', 'Chaoyang District', '2024-04-25', '2024-05-02')] }, [area]);
    expect(inside.reasons).toEqual([
      {
        code: 'risk_area_stay',
        stayId: 's1',
        place: 'Chaoyang District',
        riskAreaId: 'ra-1',
        riskAreaName: 'Chaoyang District',
        level: 'high',
        overlapFrom: '2024-05-02',
        overlapTo: '2024-05-02',
      },
    ]);
  });

  it('does not count a risk area that came into force after the stay; the stay’s last day does count', () => {
    const s = stay('s1', 'Chaoyang District', '2024-05-03', '2024-05-05');
    expect(check({ stays: [s] }, [riskArea('ra-1', 'Chaoyang District', '2024-05-06')]).eligible).toBe(true);
    expect(check({ stays: [s] }, [riskArea('ra-1', 'Chaoyang District', '2024-05-05')]).reasons).toMatchObject([
      { code: 'risk_area_stay', overlapFrom: '2024-05-05', overlapTo: '2024-05-05' },
    ]);
  });

  it('does not count a risk area lifted before the stay', () => {
    const s = stay('s1', 'Chaoyang District', '2024-05-03', '2024-05-05');
    expect(check({ stays: [s] }, [riskArea('ra-1', 'Chaoyang District', '2024-04-01', '2024-05-02')]).eligible).toBe(true);
  });

  it('counts an ongoing residence up to the entry day', () => {
    const result = check({ stays: [stay('s1', 'Chaoyang District', '2024-01-01')] }, [area]);
    expect(result.reasons).toMatchObject([{ code: 'risk_area_stay', overlapFrom: '2024-05-02', overlapTo: '2024-05-15' }]);
  });

  it('does not count a stay in a place that is not on the list', () => {
    expect(check({ stays: [stay('s1', 'Haidian District', '2024-05-03', '2024-05-05')] }, [area]).eligible).toBe(true);
  });

  it('matches names regardless of case, spacing, punctuation and width, and through the picked list name', () => {
    const listed = riskArea('ra-2', 'Chaoyang District, Beijing', '2024-04-01');
    expect(check({ stays: [stay('s1', '  chaoyang  district beijing ', '2024-05-03', '2024-05-05')] }, [listed]).eligible).toBe(false);
    expect(check({ stays: [stay('s1', 'ＣＨＡＯＹＡＮＧ District·Beijing', '2024-05-03', '2024-05-05')] }, [listed]).eligible).toBe(false);
    const linked = { ...stay('s1', 'Grandma’s flat', '2024-05-03', '2024-05-05'), riskAreaName: 'Chaoyang District, Beijing' };
    expect(check({ stays: [linked] }, [listed]).reasons).toMatchObject([{ code: 'risk_area_stay', riskAreaId: 'ra-2' }]);
  });

  it('reports a stay matched both by place and by list name once per area', () => {
    const linked = { ...stay('s1', 'Chaoyang District', '2024-05-03', '2024-05-05'), riskAreaName: 'chaoyang district' };
    expect(check({ stays: [linked] }, [area]).reasons).toHaveLength(1);
  });

  it('uses every dated entry for a place: only the period in force during the stay counts', () => {
    const areas = [riskArea('ra-a', 'Chaoyang District', '2024-03-01', '2024-03-20'), riskArea('ra-b', 'Chaoyang District', '2024-05-04', '2024-05-04')];
    expect(check({ stays: [stay('s1', 'Chaoyang District', '2024-05-03', '2024-05-05')] }, areas).reasons).toMatchObject([
      { code: 'risk_area_stay', riskAreaId: 'ra-b', overlapFrom: '2024-05-04', overlapTo: '2024-05-04' },
    ]);
  });
});

describe('contact history (R2 b)', () => {
  it('does not count a contact exactly 14 days before entry; one day later it counts', () => {
    expect(check({ contacts: [{ kind: 'closeContact', on: '2024-05-01' }] }).eligible).toBe(true);
    expect(check({ contacts: [{ kind: 'caseContact', on: '2024-05-02' }] }).reasons).toEqual([
      { code: 'contact_history', kind: 'caseContact', on: '2024-05-02' },
    ]);
  });

  it('counts a contact on the entry day', () => {
    expect(check({ contacts: [{ kind: 'closeContact', on: '2024-05-15' }] }).eligible).toBe(false);
  });
});

describe('the result', () => {
  it('lists every failing reason and is a valid stored snapshot', () => {
    const result = check(
      {
        stays: [stay('s1', 'Chaoyang District', '2024-05-03', '2024-05-05')],
        contacts: [{ kind: 'closeContact', on: '2024-05-06' }],
        certificates: [certificate('n1', '2024-05-12T08:00:00+08:00')],
      },
      [riskArea('ra-1', 'Chaoyang District', '2024-04-01')],
    );
    expect(result.reasons.map((r) => r.code)).toEqual(['risk_area_stay', 'contact_history', 'nat_expired']);
    expect(eligibilityResultSchema.parse(result)).toEqual(result);
  });

  it('checks many subjects against the collections, each with its own records and entry time', () => {
    const [a, b] = checkEligibilityMany(
      [
        { subjectId: 'cand-a', contacts: [], entryAt: ENTRY },
        { subjectId: 'cand-b', contacts: [], entryAt: '2024-05-16T08:00:00+08:00' },
      ],
      {
        stays: [stay('s1', 'Chaoyang District', '2024-05-03', '2024-05-05', 'cand-b')],
        certificates: [certificate('na', '2024-05-14T20:00:00+08:00', 'negative', 'cand-a'), certificate('nb', '2024-05-15T20:00:00+08:00', 'negative', 'cand-b')],
        riskAreas: [riskArea('ra-1', 'Chaoyang District', '2024-04-01')],
      },
      DEFAULT_ROTATION_SETTINGS,
      CHECKED,
    );
    expect(a).toMatchObject({ eligible: true, entryAt: ENTRY });
    expect(b?.reasons.map((r) => r.code)).toEqual(['risk_area_stay']);
  });
});

describe('normalizePlace', () => {
  it('folds case, width, whitespace and punctuation but keeps letters of any script', () => {
    expect(normalizePlace(' Chao-yang  District, ')).toBe('chaoyangdistrict');
    expect(normalizePlace('北京市 朝阳区')).toBe('北京市朝阳区');
    expect(normalizePlace('Ｂｅｉｊｉｎｇ')).toBe('beijing');
  });
});

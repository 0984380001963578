import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROTATION_SETTINGS,
  approvalSchema,
  candidateSchema,
  natRoundSchema,
  riskAreaSchema,
  rotationSchema,
  rotationSettingsSchema,
  staffRoleSchema,
  travelStaySchema,
} from '../../../shared/rotation/schema.js';
import { meta, riskArea, stay } from './fixtures.js';

describe('rotation settings', () => {
  it('default to a 14-day look-back, 24 h NAT validity, a NAT every 3 days and security at 100 % of posts', () => {
    expect(rotationSettingsSchema.parse({})).toEqual({ lookBackDays: 14, natValidityHours: 24, natIntervalDays: 3, securityMinPercent: 100 });
    expect(DEFAULT_ROTATION_SETTINGS.lookBackDays).toBe(14);
  });

  it('refuses nonsense values', () => {
    expect(rotationSettingsSchema.safeParse({ lookBackDays: 0 }).success).toBe(false);
    expect(rotationSettingsSchema.safeParse({ natValidityHours: 1.5 }).success).toBe(false);
    expect(rotationSettingsSchema.safeParse({ securityMinPercent: 101 }).success).toBe(false);
  });
});

describe('record schemas', () => {
  it('lets only a security role leave its minimum to the rule default, and never above its posts', () => {
    const role = { ...meta('r1'), name: 'Guards', kind: 'security', posts: 4 };
    expect(staffRoleSchema.safeParse(role).success).toBe(true);
    expect(staffRoleSchema.safeParse({ ...role, kind: 'canteen' }).error?.issues[0]?.path).toEqual(['minOnCampus']);
    expect(staffRoleSchema.safeParse({ ...role, kind: 'canteen', minOnCampus: 2 }).success).toBe(true);
    expect(staffRoleSchema.safeParse({ ...role, minOnCampus: 5 }).success).toBe(false);
  });

  it('refuses spans that end before they start and accepts one-day spans', () => {
    expect(travelStaySchema.safeParse(stay('s1', 'A', '2024-05-03', '2024-05-02')).success).toBe(false);
    expect(travelStaySchema.safeParse(stay('s1', 'A', '2024-05-03', '2024-05-03')).success).toBe(true);
    expect(riskAreaSchema.safeParse(riskArea('a1', 'A', '2024-05-03', '2024-05-01')).success).toBe(false);
  });

  it('accepts bare attachment file names only', () => {
    const candidate = {
      ...meta('c1'),
      name: 'Li Wei',
      idNumber: '110101199001011234',
      roleId: 'security',
      phone: '+86 138 0000 0000',
      contacts: [{ kind: 'closeContact', on: '2024-05-01' }],
    };
    expect(candidateSchema.parse(candidate).attachments).toEqual([]);
    expect(candidateSchema.safeParse({ ...candidate, attachments: ['nat-report.pdf'] }).success).toBe(true);
    for (const bad of ['../etc/passwd', 'a\\b.pdf', '..', '']) {
      expect(candidateSchema.safeParse({ ...candidate, attachments: [bad] }).success).toBe(false);
    }
  });

  it('refuses a round result for someone who was not sampled', () => {
    const round = { ...meta('n1'), unitId: 'u1', personIds: ['p1'], testedAt: '2024-05-01T08:00:00+08:00' };
    expect(natRoundSchema.safeParse({ ...round, results: [{ personId: 'p1', result: 'negative' }] }).success).toBe(true);
    expect(natRoundSchema.safeParse({ ...round, results: [{ personId: 'p2', result: 'negative' }] }).success).toBe(false);
  });

  it('freezes a parsed approval', () => {
    const approval = approvalSchema.parse({ by: 'u1', at: '2024-05-01T08:00:00+08:00', decision: 'approved', comment: '' });
    expect(Object.isFrozen(approval)).toBe(true);
  });
});

describe('rotation record', () => {
  const check = { eligible: true, reasons: [], checkedAt: '2024-05-15T09:00:00+08:00', entryAt: '2024-05-16T10:00:00+08:00' };
  const request = {
    ...meta('r1'),
    roleId: 'security',
    outgoingPersonId: 'p1',
    incomingCandidateId: 'c1',
    plannedHandoverAt: '2024-05-16T10:00:00+08:00',
    plannedLeaveAt: '2024-05-16T10:00:00+08:00',
    status: 'request',
    check,
  };
  const approval = { by: 'u1', at: '2024-05-15T11:00:00+08:00', decision: 'approved', comment: '' };

  it('cannot claim a status without the record of how it got there', () => {
    expect(rotationSchema.safeParse(request).success).toBe(true);
    expect(rotationSchema.safeParse({ ...request, status: 'approved' }).error?.issues[0]?.path).toEqual(['approval']);
    expect(rotationSchema.safeParse({ ...request, status: 'approved', approval: { ...approval, decision: 'rejected' } }).success).toBe(false);
    expect(rotationSchema.safeParse({ ...request, status: 'approved', approval }).success).toBe(true);
    const entered = { ...request, status: 'entered', approval, enteredAt: '2024-05-16T10:00:00+08:00', incomingPersonId: 'p9' };
    expect(rotationSchema.safeParse({ ...entered, entryCheck: { ...check, eligible: false } }).error?.issues[0]?.path).toEqual(['entryCheck']);
    expect(rotationSchema.safeParse({ ...entered, entryCheck: check }).success).toBe(true);
    expect(rotationSchema.safeParse({ ...entered, entryCheck: check, status: 'completed' }).error?.issues[0]?.path).toEqual(['leftAt']);
    expect(rotationSchema.safeParse({ ...request, status: 'rejected' }).success).toBe(false);
    expect(rotationSchema.safeParse({ ...request, status: 'cancelled' }).error?.issues[0]?.path).toEqual(['cancellation']);
  });
});

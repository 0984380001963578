import type { Certificate, RiskArea, StaffRole, TravelStay } from '../../../shared/rotation/schema.js';

const STAMP = '2024-04-01T00:00:00+08:00';

export function meta(id: string): { id: string; createdAt: string; updatedAt: string } {
  return { id, createdAt: STAMP, updatedAt: STAMP };
}

export function certificate(id: string, sampledAt: string, result: Certificate['result'] = 'negative', subjectId = 'cand-1'): Certificate {
  return { ...meta(id), subjectId, sampledAt, result, institution: 'City Hospital', certificateNo: `NAT-${id}` };
}

export function stay(id: string, place: string, from: string, to?: string, subjectId = 'cand-1'): TravelStay {
  return { ...meta(id), subjectId, place, from, ...(to === undefined ? {} : { to }) };
}

export function riskArea(id: string, name: string, inForceFrom: string, inForceTo?: string): RiskArea {
  return { ...meta(id), name, level: 'high', inForceFrom, ...(inForceTo === undefined ? {} : { inForceTo }) };
}

export function staffRole(id: string, kind: StaffRole['kind'], posts: number, minOnCampus?: number): StaffRole {
  return { ...meta(id), name: id, kind, posts, ...(minOnCampus === undefined ? {} : { minOnCampus }) };
}

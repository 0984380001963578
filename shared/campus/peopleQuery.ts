import { z } from 'zod';
import { idSchema } from '../common/fields.js';
import { personKindSchema, presenceSchema, unitStatusSchema } from './schema.js';
import type { Person, Region, Unit, UnitStatus } from './schema.js';

/*
 * The people table's query. The host filters, sorts and pages; the UI fetches only the window it shows. A 20,000-row
 * campus then costs the UI a few hundred rows at a time, whatever the filter, and sorting follows one collation on
 * every client.
 */

export const PEOPLE_SORT_KEYS = ['name', 'id', 'kind', 'unit', 'region', 'presence'] as const;
export type PeopleSortKey = (typeof PEOPLE_SORT_KEYS)[number];

export const PEOPLE_PAGE_MAX = 500;

export const peopleQuerySchema = z
  .object({
    /** Matched against name, id, unit name, phone and ID number; case, width and spaces around are ignored. */
    search: z.string().max(200, 'must be at most 200 characters').default(''),
    regionId: idSchema.optional(),
    unitId: idSchema.optional(),
    kind: personKindSchema.optional(),
    staffRoleId: idSchema.optional(),
    presence: presenceSchema.optional(),
    /** The status of the person's unit: finds everyone under isolation or observation. */
    unitStatus: unitStatusSchema.optional(),
    sort: z.enum(PEOPLE_SORT_KEYS).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.int('must be a whole number').nonnegative('must not be negative').default(0),
    limit: z.int('must be a whole number').min(1, 'must be at least 1').max(PEOPLE_PAGE_MAX, `must be at most ${PEOPLE_PAGE_MAX}`).default(100),
  })
  .strict();
export type PeopleQueryInput = z.input<typeof peopleQuerySchema>;
export type PeopleQuery = z.output<typeof peopleQuerySchema>;

/** A person as the table shows it: the record plus what its unit says about where the person is. */
export interface PersonRow extends Omit<Person, 'createdAt' | 'updatedAt'> {
  unitName: string;
  unitStatus: UnitStatus;
  regionId: string;
  regionName: string;
}

export interface PeoplePage {
  /** People matching the filters, before paging. */
  total: number;
  onCampus: number;
  offset: number;
  rows: PersonRow[];
}

/**
 * Everything a query needs that does not depend on the query: the rows, their search text, and collation ranks.
 * Built once per change of the collections and shared by every query until the next change, so a new filter or sort
 * costs a pass over integers rather than 20,000 collations and objects.
 */
export interface PeopleIndex {
  readonly rows: readonly PersonRow[];
  /** Per row: the searchable fields, folded, joined by NUL (which nobody types) so a search never spans two fields. */
  readonly haystack: readonly string[];
  /** Per sort key, the rank of each row (computed on first use). */
  readonly ranks: Map<PeopleSortKey, Int32Array>;
}

/** The filtered, sorted positions into the index; paging them is cheap, so a caller may keep them for the next window. */
export interface PeopleMatch {
  index: PeopleIndex;
  positions: Int32Array;
  onCampus: number;
}

// Numeric collation puts Class 7-2 before Class 7-10; the Chinese locale orders Han names by pinyin.
const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();
const SEPARATOR = '\u0000';

const KIND_ORDER = { student: 0, teacher: 1, staff: 2 } as const;
const PRESENCE_ORDER = { onCampus: 0, atHome: 1 } as const;

function toPersonRow(person: Person, unit: Unit | undefined, region: Region | undefined): PersonRow {
  const { createdAt: _c, updatedAt: _u, ...fields } = person;
  return {
    ...fields,
    unitName: unit?.name ?? person.unitId,
    unitStatus: unit?.status ?? 'normal',
    regionId: unit?.regionId ?? '',
    regionName: region?.name ?? '',
  };
}

export function indexPeople(campus: { regions: readonly Region[]; units: readonly Unit[]; people: readonly Person[] }): PeopleIndex {
  const units = new Map(campus.units.map((u) => [u.id, u]));
  const regions = new Map(campus.regions.map((r) => [r.id, r]));
  const rows = campus.people.map((p) => {
    const unit = units.get(p.unitId);
    return toPersonRow(p, unit, unit ? regions.get(unit.regionId) : undefined);
  });
  const haystack = rows.map((r) => fold([r.name, r.id, r.unitName, r.phone ?? '', r.idNumber ?? ''].join(SEPARATOR)));
  return { rows, haystack, ranks: new Map() };
}

/** Equal texts get equal ranks; distinct texts are collated once each (a campus has far fewer units than people). */
function textRanks(values: readonly string[]): Int32Array {
  const distinct = [...new Set(values)].sort(collator.compare);
  const rankOf = new Map<string, number>();
  distinct.forEach((v, i) => {
    // Texts the collator finds equal (case, width) share a rank, so the tie-break decides between them.
    const previous = distinct[i - 1];
    rankOf.set(v, previous !== undefined && collator.compare(previous, v) === 0 ? rankOf.get(previous)! : i);
  });
  return Int32Array.from(values, (v) => rankOf.get(v)!);
}

function ranksFor(index: PeopleIndex, key: PeopleSortKey): Int32Array {
  const cached = index.ranks.get(key);
  if (cached) return cached;
  const { rows } = index;
  const ranks = (() => {
    switch (key) {
      case 'name':
        return textRanks(rows.map((r) => r.name));
      case 'id':
        return textRanks(rows.map((r) => r.id));
      case 'unit':
        return textRanks(rows.map((r) => r.unitName));
      case 'region':
        return textRanks(rows.map((r) => r.regionName));
      case 'kind':
        return Int32Array.from(rows, (r) => KIND_ORDER[r.kind]);
      case 'presence':
        return Int32Array.from(rows, (r) => PRESENCE_ORDER[r.presence]);
    }
  })();
  index.ranks.set(key, ranks);
  return ranks;
}

/** Filters and sorts; ties fall back to name and then to the record's place, so paging never shows a row twice or skips one. */
export function matchPeople(index: PeopleIndex, query: Omit<PeopleQuery, 'offset' | 'limit'>): PeopleMatch {
  const needle = fold(query.search);
  const { rows, haystack } = index;
  const selected: number[] = [];
  let onCampus = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (query.unitId !== undefined && r.unitId !== query.unitId) continue;
    if (query.kind !== undefined && r.kind !== query.kind) continue;
    if (query.staffRoleId !== undefined && r.staffRoleId !== query.staffRoleId) continue;
    if (query.presence !== undefined && r.presence !== query.presence) continue;
    if (query.regionId !== undefined && r.regionId !== query.regionId) continue;
    if (query.unitStatus !== undefined && r.unitStatus !== query.unitStatus) continue;
    if (needle !== '' && !haystack[i]!.includes(needle)) continue;
    selected.push(i);
    if (r.presence === 'onCampus') onCampus += 1;
  }
  const primary = ranksFor(index, query.sort);
  const byName = ranksFor(index, 'name');
  const sign = query.direction === 'desc' ? -1 : 1;
  const positions = Int32Array.from(selected).sort((a, b) => sign * (primary[a]! - primary[b]!) || byName[a]! - byName[b]! || a - b);
  return { index, positions, onCampus };
}

export function pagePeople(match: PeopleMatch, offset: number, limit: number): PeoplePage {
  const rows = Array.from(match.positions.subarray(offset, offset + limit), (i) => match.index.rows[i]!);
  return { total: match.positions.length, onCampus: match.onCampus, offset, rows };
}

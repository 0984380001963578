/*
 * CSV columns of the people and unit files, in export order. Column names are the record field names, so an error
 * on a field names the column the user has to fix.
 */

export const PERSON_COLUMNS = ['id', 'name', 'kind', 'staffRoleId', 'boarding', 'presence', 'unitId', 'phone', 'idNumber'] as const;
/** Without these a new person cannot be built; the other columns may be left out of the header. */
export const PERSON_REQUIRED_COLUMNS = ['name', 'kind', 'presence', 'unitId'] as const;

/**
 * A unit file carries the current status and its latest change (`statusSince`, `statusReason`), not the whole
 * history: the history is an audit trail kept by Cordon, not data a spreadsheet edits.
 */
export const UNIT_COLUMNS = ['id', 'name', 'kind', 'regionId', 'buildingId', 'dormitoryId', 'status', 'statusSince', 'statusReason'] as const;
export const UNIT_REQUIRED_COLUMNS = ['name', 'kind', 'regionId', 'buildingId'] as const;

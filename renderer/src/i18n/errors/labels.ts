import type { Lang } from '../text.js';
import { roleText } from '../roles.js';
import { defineText } from '../text.js';

/** Names of the kinds of record a refusal can mention ("that unit does not exist"). */
export const recordText = defineText({
  en: { record: 'record', unit: 'unit', person: 'person', region: 'region', building: 'building', canteen: 'canteen', plan: 'plan', user: 'user' },
  zh: { record: '记录', unit: '单元', person: '人员', region: '区域', building: '楼宇', canteen: '食堂', plan: '方案', user: '用户' },
});

/**
 * Enum values by domain, for `label:<domain>` parameters. A domain missing here, or a value missing from its table,
 * shows the value as sent, and the catalog test fails on it.
 */
export const LABEL_DOMAINS: Record<string, { en: Record<string, string>; zh: Record<string, string> }> = {
  role: roleText,
  record: recordText,
};

export function labelFor(domain: string, value: string, lang: Lang): string | undefined {
  return LABEL_DOMAINS[domain]?.[lang][value];
}

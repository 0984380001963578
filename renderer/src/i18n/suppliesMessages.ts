/*
 * Chinese for the supplies module's host messages: refused receipts, disinfections, issues and adjustments. Appended
 * to the host message patterns (hostMessages.ts).
 */
type MessagePattern = readonly [RegExp, (...groups: string[]) => string];

export const suppliesMessagesZh: readonly MessagePattern[] = [
  [/^only (\S+) available$/, (n) => `仅有 ${n} 可发放`],
  [/^must be greater than zero$/, () => '必须大于零'],
  [/^must be true or false$/, () => '必须选择是或否'],
  [/^must be an ISO 8601 date-time with offset$/, () => '时间格式不正确'],
  [/^must be a whole number of days$/, () => '必须是整数天'],
  [/^must not be in the future$/, () => '不能晚于当前时间'],
  [/^must not be before the lot was received$/, () => '不能早于该批次的收货时间'],
  [/^cannot write off (\S+): the lot holds (\S+)$/, (q, b) => `不能核销 ${q}：该批次仅剩 ${b}`],
  [/^the count matches the balance$/, () => '盘点数量与账面一致，无需调整'],
  [/^disinfection was already recorded at (.+)$/, (at) => `该批次已于 ${at} 登记消毒`],
  [/^the lot had expired before it was received$/, () => '该批次在收货前已过期'],
  [/^Delivery note (.+) from (.+) is already recorded for this item$/, (no, from) => `${from} 的送货单 ${no} 已为该物资登记过`],
  [/^An item named (.+) already exists$/, (name) => `已有名为 ${name} 的物资`],
  [/^Item (\S+) does not exist$/, (id) => `物资 ${id} 不存在`],
  [/^Lot (\S+) does not exist$/, (id) => `批次 ${id} 不存在`],
];

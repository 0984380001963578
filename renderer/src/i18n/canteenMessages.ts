/*
 * Chinese for the canteen module's host messages (publishing refused, plans kept as published, canteen checks).
 * Appended to the host message patterns (hostMessages.ts).
 */
type MessagePattern = readonly [RegExp, (...groups: string[]) => string];

const WHAT: Record<string, string> = { Plan: '就餐安排', Canteen: '食堂', Zone: '区域', 'Planning job': '排餐任务' };

export const canteenMessagesZh: readonly MessagePattern[] = [
  [/^Plan v(\d+) has (\d+) conflicts; resolve them before publishing$/, (v, n) => `安排 v${v} 有 ${n} 个冲突，请先解决再发布`],
  [/^Plan v(\d+) is published and is kept as it is; copy it to a new draft to change it$/, (v) => `安排 v${v} 已发布，保持不变；如需修改，请复制为新草案`],
  [/^Plan v(\d+) is already published$/, (v) => `安排 v${v} 已经发布`],
  [/^Plan v(\d+) ended on (\S+); a plan for days already past cannot be published$/, (v, d) => `安排 v${v} 已于 ${d} 结束，不能发布过去日期的安排`],
  [/^There is no canteen to plan: add a canteen with its zones first$/, () => '还没有可编排的食堂，请先添加食堂及其就餐区域'],
  [/^A canteen named (.+) already exists$/, (name) => `已有名为 ${name} 的食堂`],
  [/^(.+) is not a canteen building$/, (name) => `${name} 不是食堂楼宇`],
  [/^zone (.+) seats units in published plan v(\d+); rename it instead of removing it$/, (zone, v) => `区域 ${zone} 在已发布的安排 v${v} 中有单元就餐，只能改名，不能删除`],
  [/^must not be before the first day$/, () => '不能早于开始日期'],
  [/^must be within (\d+) days of the first day$/, (n) => `与开始日期相隔不能超过 ${n} 天`],
  [/^the sitting must end before midnight$/, () => '就餐批次必须在午夜前结束'],
  [/^another zone is already named (.+)$/, (name) => `已有名为 ${name} 的区域`],
  [/^a canteen needs at least one zone$/, () => '食堂至少需要一个区域'],
  [/^must be at most (\d+) zones$/, (n) => `最多 ${n} 个区域`],
  [/^must end after it starts$/, () => '结束时间必须晚于开始时间'],
  [/^(Plan|Canteen|Zone|Planning job) (.+) does not exist$/, (what, id) => `${WHAT[what!]} ${id} 不存在`],
];

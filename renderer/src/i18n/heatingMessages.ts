/*
 * Chinese for the heating module's host messages: refusals of rooms, readings and rounds, and the reasons a readings or
 * outdoor CSV row is bad. Appended to the host message patterns (hostMessages.ts).
 */
type MessagePattern = readonly [RegExp, (...groups: string[]) => string];

const KIND: Record<string, string> = { classroom: '教室', dormitory: '宿舍', canteen: '食堂', office: '办公室', other: '其他' };

export const heatingMessagesZh: readonly MessagePattern[] = [
  [/^Room (\S+) does not exist$/, (id) => `空间 ${id} 不存在`],
  [/^another room is already named "(.+)"$/, (name) => `已有名为“${name}”的空间`],
  [/^is required for a (\w+) space \(the rule sets a default only for classrooms and dormitories\)$/, (kind) => `${KIND[kind!] ?? kind}必须填写最低温度（规则只为教室和宿舍设定默认值）`],
  [/^link at least one unit$/, () => '请至少关联一个单元'],
  [/^appears twice in this round$/, () => '在本轮中出现了两次'],
  [/^enter at least one reading$/, () => '请至少填写一个读数'],
  [/^must be before to$/, () => '必须早于结束时间'],
  [/^must not be after to$/, () => '不能晚于结束日期'],
  [/^must be at most (\d+) days before to$/, (n) => `与结束时间相隔不能超过 ${n} 天`],
  [/^gives more than (\d+) points; use a longer step$/, (n) => `超过 ${n} 个时间点，请加大间隔`],
  [/^must be a UTC offset such as \+08:00$/, () => '应为时区偏移，例如 +08:00'],
  [/^unknown room "(.*)"$/, (name) => `未知的空间“${name}”`],
  [/^names (\d+) rooms; use the room id$/, (n) => `有 ${n} 个空间同名，请改用空间编号`],
  [/^must be a date and time such as (.+)$/, (eg) => `应为日期和时间，例如 ${eg}`],
  [/^has no UTC offset \(such as \+08:00\)$/, () => '缺少时区（例如 +08:00）'],
  [/^must be a number such as (.+)$/, (eg) => `应为数字，例如 ${eg}`],
  [/^repeats line (\d+) \(same room, same time\)$/, (n) => `与第 ${n} 行重复（同一空间、同一时间）`],
  [/^repeats line (\d+)$/, (n) => `与第 ${n} 行重复`],
  [/^column is missing$/, () => '缺少此列'],
];

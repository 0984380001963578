/*
 * Chinese for the campus module's host messages: refusals (deletion, status, duplicates) and the reasons a CSV row
 * is bad. Appended to the host message patterns (hostMessages.ts), so a form's field error, an error banner and the
 * import preview all read in Chinese.
 */
type MessagePattern = readonly [RegExp, (...groups: string[]) => string];

const STATUS: Record<string, string> = { normal: '正常', observation: '观察', isolated: '隔离' };
const BUILDING_KIND: Record<string, string> = { classroom: '教学楼', dormitory: '宿舍楼', canteen: '食堂', office: '办公楼', gate: '校门', other: '其他楼宇' };
const WHAT: Record<string, string> = { Unit: '单元', Region: '片区', Building: '楼宇', Person: '人员' };
const KEY_LABEL: Record<string, string> = { 'ID number': '证件号码', 'unit name': '单元名称' };

const status = (s: string) => STATUS[s] ?? s;

/** "line 30, existing person "p1"" → "第 30 行、已有的人员“p1”" */
function others(list: string): string {
  return list
    .split(', ')
    .map((o) => o.replace(/^line (\d+)$/, '第 $1 行').replace(/^existing (person|unit) "(.+)"$/, (_m, what: string, id: string) => `已有的${what === 'unit' ? '单元' : '人员'}“${id}”`))
    .join('、');
}

export const campusMessagesZh: readonly MessagePattern[] = [
  [/^Unit "(.+)" still has (\d+) (?:person|people); move them to another unit first\.$/, (name, n) => `单元“${name}”还有 ${n} 人，请先将他们调到其他单元。`],
  [
    /^Region "(.+)" still has (.+); move or delete them first\.$/,
    (name, parts) => `片区“${name}”还有${parts!.replace(/(\d+) units?/, ' $1 个单元').replace(/(\d+) buildings?/, ' $1 栋楼宇').replace(' and ', '和')}，请先移走或删除。`,
  ],
  [/^Building "(.+)" is still used by (\d+) units?; reassign them first\.$/, (name, n) => `楼宇“${name}”仍被 ${n} 个单元使用，请先为它们改设楼宇。`],
  [/^Unit "(.+)" is already (\w+)\.$/, (name, s) => `单元“${name}”已经处于“${status(s!)}”状态。`],
  [
    /^Unit "(.+)" cannot go from (\w+) to (\w+); from \w+ it can go to (.+)\.$/,
    (name, from, to, allowed) => `单元“${name}”不能从“${status(from!)}”变为“${status(to!)}”；当前只能变为${allowed!.split(' or ').map((s) => `“${status(s)}”`).join('或')}。`,
  ],
  [/^A status change needs a reason/, () => '状态变更须填写原因（最多 500 个字符）。'],
  [/^a reason is required$/, () => '必须填写原因'],
  [/^must differ from the previous status$/, () => '必须与之前的状态不同'],
  [/^must be a phone number/, () => '必须是电话号码（数字、空格、-，可带前导 +）'],
  [/^only staff have a staff role$/, () => '只有职工才有岗位'],
  [/^is required for a student \(boarder or day\)$/, () => '学生必须填写住宿方式（住校或走读）'],
  [/^applies to students only$/, () => '仅适用于学生'],
  [/^unknown region "(.*)"$/, (id) => `不存在的片区“${id}”`],
  [/^unknown building "(.*)"$/, (id) => `不存在的楼宇“${id}”`],
  [/^unknown unit "(.*)"$/, (id) => `不存在的单元“${id}”`],
  [/^unknown staff role "(.*)"$/, (id) => `不存在的岗位“${id}”`],
  [/^building "(.+)" is a (\w+), not a dormitory$/, (name, kind) => `楼宇“${name}”是${BUILDING_KIND[kind!] ?? kind}，不是宿舍楼`],
  [/^unknown column; the columns are (.+)$/, (cols) => `未知的列；可用的列为 ${cols}`],
  [/^required column is missing from the header$/, () => '首行缺少这一必需列'],
  [/^duplicate id "(.+)": also on line (\d+)$/, (id, line) => `编号“${id}”重复：第 ${line} 行也使用了它`],
  [/^duplicate (ID number|unit name): also (.+)$/, (label, list) => `${KEY_LABEL[label!]}重复：${others(list!)}也使用了它`],
  [/^is required$/, () => '必填'],
  [/^"(.*)" is not a date-time with offset, e\.g\. (.+)$/, (value, eg) => `“${value}”不是带时区的日期时间，例如 ${eg}`],
  [/^Invalid option: expected one of (.+)$/, (options) => `无效的值，可选值为 ${options}`],
  [/^a quoted field is never closed$/, () => '以引号开头的字段没有结束引号'],
  [/^unexpected text after a closing quote/, () => '结束引号后还有文字（字段中的引号须写成两个）'],
  [/^a quote inside an unquoted field/, () => '未加引号的字段中含有引号（请给整个字段加引号，并把其中的引号写成两个）'],
  [/^the file is empty: a header row is required$/, () => '文件为空：首行须为列名'],
  [/^column (\d+) has no name in the header$/, (n) => `首行第 ${n} 列没有列名`],
  [/^column "(.+)" appears twice in the header$/, (name) => `首行中列“${name}”出现了两次`],
  [/^has (\d+) fields but the header has (\d+)$/, (n, m) => `有 ${n} 个字段，但首行有 ${m} 列`],
  [/^the id "(.+)" is already in use$/, (id) => `编号“${id}”已被使用`],
  [/^another unit is already named "(.+)"$/, (name) => `已有名为“${name}”的单元`],
  [/^this ID number already belongs to (.+) \((.+)\)$/, (name, id) => `该证件号码已属于 ${name}（${id}）`],
  [
    /^(\d+) unit\(s\) sleep in this building, so it must stay a dormitory; give them another dormitory first$/,
    (n) => `有 ${n} 个单元住在此楼，它必须保持为宿舍楼；请先为这些单元另设宿舍楼`,
  ],
  [/^(Unit|Region|Building|Person) (.+) does not exist$/, (what, id) => `${WHAT[what!]} ${id} 不存在`],
];

/*
 * Chinese for the staff rotation module's host messages: refusals of requests, decisions, entries and records.
 * Appended to the host message patterns (hostMessages.ts). Refusals that carry details (an eligibility check, a
 * coverage breach) are also shown by the staff pages in their own words, with dates in the reader's format.
 */
type MessagePattern = readonly [RegExp, (...groups: string[]) => string];

const WHAT: Record<string, string> = { 'Staff role': '岗位', Candidate: '候选人', Rotation: '轮换', 'Risk area': '风险地区', 'Candidate or person': '候选人或人员' };
const STATUS: Record<string, string> = { request: '待审批', approved: '已批准', entered: '已入校', completed: '已完成', rejected: '已驳回', cancelled: '已取消' };
const KIND: Record<string, string> = {
  management: '管理',
  teachingAssistant: '助教',
  canteen: '食堂',
  cleaning: '保洁',
  medical: '医务',
  maintenance: '维修',
  other: '其他',
};

export const rotationMessagesZh: readonly MessagePattern[] = [
  [/^(Staff role|Candidate or person|Candidate|Rotation|Risk area) (\S+) does not exist$/, (what, id) => `${WHAT[what!]} ${id} 不存在`],
  [/^must be in the future$/, () => '必须晚于现在'],
  [/^(.+) is not (.+) staff$/, (who, role) => `${who} 不是“${role}”岗位人员`],
  [/^(.+) is not on campus$/, (who) => `${who} 不在校内`],
  [/^(.+) already leaves in rotation (\S+)$/, (who, id) => `${who} 已在轮换 ${id} 中安排离校`],
  [/^(.+) is a candidate for another role$/, (who) => `${who} 是其他岗位的候选人`],
  [/^(.+) is already in rotation (\S+)$/, (who, id) => `${who} 已在轮换 ${id} 中`],
  [/^is already the ID number of candidate (.+)$/, (who) => `已是候选人 ${who} 的身份证号`],
  [/^belongs to (.+), who is on campus$/, (who) => `属于在校人员 ${who}`],
  [/^(.+) has entered the campus; edit the person record instead$/, (who) => `${who} 已入校，请改为编辑其人员信息`],
  [/^(.+) with this ID number is already on campus$/, (who) => `持此身份证号的 ${who} 已在校内`],
  [/^cannot change while rotation (\S+) is open; cancel it first$/, (id) => `轮换 ${id} 进行中，不能修改；请先取消该轮换`],
  [/^this contact is already declared$/, () => '该接触史已申报'],
  [/^is not on the risk-area list$/, () => '不在风险地区名单上'],
  [/^is already recorded from (.+)$/, (from) => `已登记过（${from}）`],
  [/^another role is already named "(.+)"$/, (name) => `已有名为“${name}”的岗位`],
  [/^(.+) has nobody on campus to test$/, (unit) => `${unit} 没有在校人员可检测`],
  [/^is required for a (\w+) role \(the rule sets a default only for security\)$/, (kind) => `${KIND[kind!] ?? kind}岗位必须填写最低人数（规则只为安保设定默认值）`],
  [/^must not exceed the number of posts$/, () => '不能超过岗位数'],
  [/^must not precede the start$/, () => '不能早于开始日期'],
  [/^must be a file name without a folder$/, () => '只能是文件名，不能包含文件夹'],
  [/^a reason is required$/, () => '必须填写原因'],
  [/^The incoming person no longer meets the entry conditions and may not enter\.$/, () => '入校人员已不符合入校条件，不得入校。'],
  [/^The candidate does not meet the entry conditions; the request cannot be approved\.$/, () => '候选人不符合入校条件，不能批准该申请。'],
  [/^A rotation cannot go from (\w+) to (\w+); from \w+ it can go to (.+)\.$/, (from, to) => `轮换不能从“${STATUS[from!] ?? from}”变为“${STATUS[to!] ?? to}”`],
  [/^Only a principal decides on a rotation\.$/, () => '只有校长可以审批轮换。'],
  [/^The outgoing person cannot have left \((.+)\) before the incoming one entered \((.+)\)\.$/, () => '离岗人员不能早于入校人员入校前离校。'],
  [/^The outgoing person (\S+) no longer exists; cancel this rotation\.$/, (id) => `离岗人员 ${id} 已不存在，请取消此轮换。`],
  [/^(.+) would drop to (\d+) on campus at (\S+), below its minimum of (\d+)\.$/, (role, n, at, min) => `${at}，${role}在岗人数将降至 ${n} 人，低于最低要求 ${min} 人。`],
  [/^The outgoing person is not on campus as (.+)\.$/, (role) => `离岗人员不在校内担任${role}。`],
  [/^The outgoing person already leaves in rotation (\S+)\.$/, (id) => `离岗人员已在轮换 ${id} 中安排离校。`],
];

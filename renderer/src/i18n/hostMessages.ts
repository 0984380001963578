import { campusMessagesZh } from './campusMessages.js';
import { canteenMessagesZh } from './canteenMessages.js';
import { heatingMessagesZh } from './heatingMessages.js';
import { rotationMessagesZh } from './rotationMessages.js';
import { suppliesMessagesZh } from './suppliesMessages.js';
import type { Lang } from './text.js';

/*
 * The host explains failures in English (it also writes them to its log). The usual ones are translated here by shape;
 * a message without a match is shown as the host wrote it, which is still better than hiding it. A module whose
 * messages users meet often appends its patterns to this list.
 */
type MessagePattern = readonly [RegExp, (...groups: string[]) => string];

const ZH: readonly MessagePattern[] = [
  [/^must not be empty$/, () => '不能为空'],
  [/^must be at least (\d+) characters$/, (n) => `至少需要 ${n} 个字符`],
  [/^must be at most (\d+) characters$/, (n) => `最多 ${n} 个字符`],
  [/^may contain only letters, digits and (.+)$/, (chars) => `只能包含字母、数字和 ${chars}`],
  [/^must be a number$/, () => '必须是数字'],
  [/^must be finite$/, () => '必须是有限的数字'],
  [/^must be a whole number$/, () => '必须是整数'],
  [/^must not be negative$/, () => '不能为负数'],
  [/^must be more than (\S+)$/, (n) => `必须大于 ${n}`],
  [/^must be at least (\S+) °C$/, (n) => `不能低于 ${n} °C`],
  [/^must be at most (\S+) °C$/, (n) => `不能高于 ${n} °C`],
  [/^must be at most (\S+) hours$/, (n) => `不能超过 ${n} 小时`],
  [/^must be at least (\S+)$/, (n) => `不能小于 ${n}`],
  [/^must be at most (\S+)$/, (n) => `不能大于 ${n}`],
  [/^must be a date YYYY-MM-DD$/, () => '日期格式应为 YYYY-MM-DD'],
  [/^must be a time HH:mm$/, () => '时间格式应为 HH:mm'],
  [/^Wrong username or password$/, () => '用户名或密码错误'],
  [/^The username (.+) is taken$/, (name) => `用户名 ${name} 已被使用`],
  [/^The last active administrator cannot be deactivated$/, () => '不能停用最后一位在用的管理员'],
  [/^Please sign in first$/, () => '请先登录'],
  [/^This needs the role (.+); you are signed in as (.+)$/, (need, have) => `需要以下角色：${need}；您当前的角色是 ${have}`],
  [/^Cordon is already set up; sign in instead\.$/, () => 'Cordon 已完成初始设置，请直接登录。'],
  [/^The file has (\d+) error\(s\); nothing was imported\. Preview it again to see them\.$/, (n) => `文件中有 ${n} 处错误，未导入任何数据。请重新预览查看。`],
  [/^The demo can only be loaded into an empty campus$/, () => '只有空校园才能载入演示数据'],
  [/^Something went wrong inside Cordon; nothing was changed\. The details are in the log\.$/, () => 'Cordon 内部出错，未做任何更改。详情见日志。'],
  ...campusMessagesZh,
  ...canteenMessagesZh,
  ...heatingMessagesZh,
  ...rotationMessagesZh,
  ...suppliesMessagesZh,
];

/** The host's message in the current language; `field: reason` keeps the field and translates the reason. */
export function localizeHostMessage(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const colon = message.match(/^([\w.]+): (.*)$/s);
  if (colon) return `${colon[1]}: ${translate(colon[2]!)}`;
  return translate(message);
}

function translate(text: string): string {
  for (const [re, zh] of ZH) {
    const m = text.match(re);
    if (m) return zh(...m.slice(1));
  }
  return text;
}

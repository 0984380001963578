import { defineText } from './text.js';

/** Role names, shared by the top bar, the users list and any module that shows who did what. */
export const roleText = defineText({
  en: { administrator: 'Administrator', logistics: 'Logistics', principal: 'Principal' },
  zh: { administrator: '管理员', logistics: '后勤', principal: '校长' },
});

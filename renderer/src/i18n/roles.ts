import { defineText } from './text.js';

/** Role names, shared by the top bar, the users list and any module that shows who did what. */
export const roleText = defineText({
  en: { administrator: 'Administrator', principal: 'Principal', logistics: 'Logistics', doctor: 'School doctor', classTeacher: 'Class teacher' },
  zh: { administrator: '管理员', principal: '校长', logistics: '后勤', doctor: '校医', classTeacher: '班主任' },
});

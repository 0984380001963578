import { defineText } from './text.js';

/** Navigation labels; renderer/src/modules.tsx names one of these keys per page. */
export const navText = defineText({
  en: {
    dashboard: 'Dashboard',
    campus: 'Campus',
    canteen: 'Canteen',
    staff: 'Staff',
    supplies: 'Supplies',
    heating: 'Heating',
    reports: 'Reports',
    settings: 'Settings',
  },
  zh: {
    dashboard: '总览',
    campus: '校园',
    canteen: '食堂',
    staff: '人员轮换',
    supplies: '物资',
    heating: '供暖',
    reports: '报告',
    settings: '设置',
  },
});

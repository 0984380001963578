import { defineText } from './text.js';

/** Unit status names, for UnitStatusBadge and any module that shows a unit. */
export const unitStatusText = defineText({
  en: {
    normal: 'Normal',
    observation: 'Under observation',
    isolated: 'Isolated',
  },
  zh: {
    normal: '正常',
    observation: '观察中',
    isolated: '已隔离',
  },
});

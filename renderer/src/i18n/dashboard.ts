import { defineText } from './text.js';

/** The dashboard frame and the cards the shell itself provides; module cards keep their texts in their own files. */
export const dashboardText = defineText({
  en: {
    today: (weekday: string, date: string) => `${weekday}, ${date}`,
    demoTitle: 'The campus is empty',
    demoBody:
      'Load the demo campus to see Cordon at work: three regions, about 3,000 people in 120 control units, two canteens, staff of every role, stock and heating readings.',
    demoBodyNotAdmin: 'There is no campus data yet. An administrator can load the demo campus or import the campus’s people.',
    loadDemo: 'Load demo campus',
    loadingDemo: 'Building the demo campus…',
    demoLoaded: (people: string, units: string) => `Demo campus loaded: ${people} people in ${units} control units.`,
    systemTitle: 'This installation',
    dataFolder: 'Data folder',
    version: 'Version',
    signedInRole: 'Your role',
  },
  zh: {
    today: (weekday: string, date: string) => `${date} ${weekday}`,
    demoTitle: '校园还没有数据',
    demoBody:
      '载入演示校园，看看 Cordon 如何工作：3 个片区、约 3,000 人分属 120 个最小管控单元、2 个食堂、各类岗位的教职工，以及物资库存和供暖读数。',
    demoBodyNotAdmin: '校园还没有数据。管理员可以载入演示校园，或导入本校人员。',
    loadDemo: '载入演示校园',
    loadingDemo: '正在生成演示校园…',
    demoLoaded: (people: string, units: string) => `演示校园已载入：${people} 人，${units} 个最小管控单元。`,
    systemTitle: '本机安装',
    dataFolder: '数据目录',
    version: '版本',
    signedInRole: '您的角色',
  },
});

import { defineText } from './text.js';

/** The app frame: navigation, top bar, page states shared by every module. */
export const shellText = defineText({
  en: {
    appName: 'Cordon',
    tagline: 'Closed-campus management',
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    language: 'Language',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    untitledCampus: 'Unnamed campus',
    comingTitle: (module: string) => `${module} is coming`,
    comingBody: 'This part of Cordon is being built. The rest of the app already works with the same campus data.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address.',
    notAllowedTitle: 'Not available for your role',
    notAllowedBody: 'Ask an administrator if you need this page.',
    backToDashboard: 'Back to the dashboard',
    sessionEnded: 'Your session has ended. Please sign in again.',
    startFailed: 'Cordon could not start',
    testClock: (at: string) => `Test clock: ${at}`,
    testClockHint: 'This Cordon runs on a test clock for tests and demos; times here are not real.',
  },
  zh: {
    appName: 'Cordon',
    tagline: '校园封闭管理',
    skipToContent: '跳到主要内容',
    mainNav: '主导航',
    language: '语言',
    signedInAs: '当前用户',
    signOut: '退出登录',
    untitledCampus: '未命名校园',
    comingTitle: (module: string) => `“${module}”即将推出`,
    comingBody: '这部分功能正在开发中。应用的其他部分已可使用同一份校园数据。',
    notFoundTitle: '页面不存在',
    notFoundBody: '此地址没有对应的页面。',
    notAllowedTitle: '您的角色无法使用此页面',
    notAllowedBody: '如需使用，请联系管理员。',
    backToDashboard: '返回总览',
    sessionEnded: '登录已失效，请重新登录。',
    testClock: (at: string) => `测试时钟：${at}`,
    testClockHint: '此 Cordon 正在使用测试时钟（用于测试和演示），这里的时间不是真实时间。',
    startFailed: 'Cordon 无法启动',
  },
});

/** Each language is named in itself, so the switch reads the same whichever language is on. */
export const LANG_NAMES = { zh: '中文', en: 'English' } as const;

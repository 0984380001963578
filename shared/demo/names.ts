import { pick } from '../common/random.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉鹏建宇浩然子涵欣怡梓轩一诺雨桐思远佳琪俊熙博文嘉怡晨曦雅婷天佑若汐';

/** A plausible Chinese personal name: one surname character and one or two given-name characters. */
export function chineseName(rand: () => number): string {
  const given = pick(rand, [...GIVEN]) + (rand() < 0.6 ? pick(rand, [...GIVEN]) : '');
  return pick(rand, [...SURNAMES]) + given;
}

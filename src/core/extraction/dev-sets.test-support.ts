/** Test support (no tests here): the dev bulletins before issue 13's second batch, shared by the fixture tests. */
export const FIRST_NINE: readonly string[] = [
  'beijing-2023',
  'dalian-2019',
  'fujian-xiamen',
  'hengyang-2024',
  'jiangsu-pipl-2022',
  'jiangxi-jian',
  'kaifeng-2021',
  'ningxia-2021',
  'qinghai-wangxin',
];

import { describe, expect, it } from 'vitest';
import { declaredResponsible } from './responsible.js';

describe('declaredResponsible', () => {
  it.each([
    ['该中心运维主管孙某作为直接负责的主管人员，对此负有责任。', ['孙某']],
    ['经查，直接负责的主管人员为该公司技术总监柏某某。', []],
    ['直接负责的主管人员为柏某某，其他直接责任人员为卢某。', ['柏某某', '卢某']],
    ['网管员卢某系其他直接责任人员。', ['卢某']],
    // No responsible person is declared: a person told of in the story is only that.
    ['前台员工卢某未核验顾客身份证件。', []],
    ['对直接负责的主管人员罚款二千元。', []],
    // The post in apposition between the role and the name (a notice of the proposed penalty names them so).
    ['拟对直接负责的主管人员、该公司运维部负责人卓某处罚款二万元。', ['卓某']],
    ['对直接负责的主管人员邝某某处罚款一万元。', ['邝某某']],
  ])('%s', (text, names) => {
    expect(declaredResponsible(text)).toEqual(names);
  });
});

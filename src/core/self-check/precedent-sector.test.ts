import { describe, expect, it } from 'vitest';
import { RuleIndex } from '../penalties/rule-index.js';
import { ALL_RULES } from '../penalties/rules/index.js';
import type { PrecedentCandidate } from './model.js';
import { precedentSector, sectorNote, sectorOfParty, sectorOfRules } from './precedent-sector.js';
import { rankPrecedents } from './precedents.js';
import { GENERAL_OPERATOR, HOSPITAL } from './profiles.test-support.js';

const rules = new RuleIndex(ALL_RULES);
const rule = (id: string) => rules.byId(id)!;

describe('sectorOfParty (a precedent’s sector guessed from its party name)', () => {
  it('reads the sectors of the Ningxia bulletin’s parties', () => {
    expect(sectorOfParty('吴忠市某医院')).toBe('healthcare');
    expect(sectorOfParty('利通区某律师事务所')).toBe('legal_services');
    expect(sectorOfParty('中宁县某局')).toBe('government');
    expect(sectorOfParty('西吉县某购物中心（有限公司）')).toBe('retail');
    expect(sectorOfParty('某软件开发公司')).toBe('software');
  });

  it('leaves a name no word fits without a sector; 科技 alone tells none', () => {
    expect(sectorOfParty('金凤区某公司')).toBeNull();
    expect(sectorOfParty('张某')).toBeNull();
    expect(sectorOfParty('某科技有限公司')).toBeNull();
  });

  it('does not take the goods a company deals in for its sector: 某医疗器械网络科技有限公司 is no hospital', () => {
    expect(sectorOfParty('某医疗器械网络科技有限公司')).toBe('internet');
    expect(sectorOfParty('某医药有限公司')).toBeNull();
  });

  it('gives no sector to a name whose words point to two (某县卫生健康委员会: 医疗卫生 or 政务)', () => {
    expect(sectorOfParty('某县卫生健康委员会')).toBeNull();
    expect(sectorOfParty('某支付网络科技有限公司')).toBeNull();
  });
});

describe('sectorOfRules (a precedent’s sector from the provisions it applied)', () => {
  it('reads the one sector the rules are addressed to', () => {
    // 反电信网络诈骗法 第三十九条 「电信业务经营者违反本法规定，有下列情形之一的……」
    expect(sectorOfRules([rule('ACTF.39')])).toBe('telecom');
    // 互联网上网服务营业场所管理条例 第二十九条 「互联网上网服务营业场所经营单位违反本条例的规定……」
    expect(sectorOfRules([rule('NETCAFE.29')])).toBe('internet');
  });

  it('tells none for a rule of any operator, or of two sectors', () => {
    // 网络安全法 第六十一条第一款: 网络运营者, of any sector
    expect(sectorOfRules([rule('CSL2025.61.1')])).toBeNull();
    // 反电信网络诈骗法 第四十一条 「电信业务经营者、互联网服务提供者违反本法规定……」
    expect(sectorOfRules([rule('ACTF.41')])).toBeNull();
    expect(sectorOfRules([rule('ACTF.39'), rule('CSL2025.61.1')])).toBeNull();
    expect(sectorOfRules([])).toBeNull();
  });
});

describe('precedentSector', () => {
  it('prefers the provisions to the name, and says which it used', () => {
    const byRules = precedentSector([rule('ACTF.39')], '某医疗器械网络科技有限公司');
    expect(byRules).toEqual({ sector: 'telecom', from: 'provisions' });
    expect(sectorNote(byRules!)).toBe('行业（据所适用条款的义务主体推断）：电信');
    const byName = precedentSector([rule('CSL2025.61.1')], '某医疗器械网络科技有限公司');
    expect(byName).toEqual({ sector: 'internet', from: 'party_name' });
    expect(sectorNote(byName!)).toBe('行业（据当事人名称推断）：互联网');
    expect(precedentSector([rule('CSL2025.61.1')], '某科技有限公司')).toBeNull();
  });

  it('does not put a medical-device dealer before a hospital as the hospital’s own sector', () => {
    // 网络安全法 第六十一条第一款 「网络运营者不履行本法第二十三条……规定的网络安全保护义务的……」: both cases applied it.
    const applied = [{ rule: 'CSL2025.61.1', tier: 'base' }];
    const candidate = (id: string, party: string, date: string): PrecedentCandidate => ({
      id,
      title: `${party}未履行网络安全等级保护义务案`,
      applied,
      party_kind: 'organization',
      region: null,
      date,
      sector: precedentSector([rule('CSL2025.61.1')], party)?.sector ?? null,
    });
    const pool = [
      candidate('dealer', '某医疗器械网络科技有限公司', '2026-05'),
      candidate('hospital', '某县人民医院', '2026-02'),
    ];
    expect(rankPrecedents(rules, [rule('CSL2025.61.1')], pool, { ...GENERAL_OPERATOR, ...HOSPITAL })).toEqual(
      ['hospital', 'dealer'],
    );
  });
});

/**
 * Which liable roles of the penalty rules (penalties/model.ts LiableRole) a profile has: used to put first, among the
 * rules that punish a breach, the one addressed to this operator (反电信网络诈骗法 第六条第五款 is enforced by 第三十九条
 * for telecom operators, 第四十条 for banks and 第四十一条 for internet service providers).
 */
import type { LiableRole, PenaltyRule } from '../penalties/model.js';
import type { Profile } from './model.js';

const HAS_ROLE: Readonly<Record<LiableRole, (p: Profile) => boolean>> = {
  any: () => true,
  network_operator: (p) => p.runs_network,
  cii_operator: (p) => p.cii,
  product_service_provider: (p) => p.network_products,
  pi_processor: (p) => p.processes_pi,
  data_processor: (p) => p.runs_network || p.processes_pi,
  intl_network_user: (p) => p.internet_connected,
  security_service_provider: (p) => p.security_services,
  internet_cafe_operator: (p) => p.internet_cafe,
  information_service_provider: (p) => p.icp !== 'none',
  telecom_operator: (p) => p.telecom_operator,
  financial_institution: (p) => p.financial_institution,
  internet_service_provider: (p) => p.internet_service_provider,
};

/** Is the rule addressed to a party with this profile? (No profile: every rule is.) */
export function ruleFits(rule: PenaltyRule, profile: Profile | undefined): boolean {
  return !profile || rule.roles.some((r) => HAS_ROLE[r](profile));
}

/** The rules with those addressed to the profile first, otherwise in their order. */
export function byFit(rules: readonly PenaltyRule[], profile: Profile | undefined): PenaltyRule[] {
  return [...rules.filter((r) => ruleFits(r, profile)), ...rules.filter((r) => !ruleFits(r, profile))];
}

/**
 * What the requirement files share: the usual `applies_to` predicates, the competent-department bases, and the
 * builder that gives a law's duties their ids, law and version.
 */
import type { Applicability, Requirement } from '../model.js';

/** Everyone: 任何个人和组织. */
export const EVERYONE: Applicability = { all: [] };
/** 网络运营者: 网络的所有者、管理者和网络服务提供者 (网络安全法 2025 第七十八条, 2016 第七十六条). */
export const NETWORK_OPERATOR: Applicability = { field: 'runs_network', is: true };
export const CII_OPERATOR: Applicability = { field: 'cii', is: true };
export const PI_PROCESSOR: Applicability = { field: 'processes_pi', is: true };
export const USER_ACCOUNTS: Applicability = { field: 'user_accounts', is: true };
export const PRODUCT_PROVIDER: Applicability = { field: 'network_products', is: true };
export const SECURITY_SERVICES: Applicability = { field: 'security_services', is: true };
export const IMPORTANT_DATA: Applicability = { field: 'important_data', is: true };
export const INTERNET_CAFE: Applicability = { field: 'internet_cafe', is: true };
export const TELECOM_OPERATOR: Applicability = { field: 'telecom_operator', is: true };
export const INTERNET_SERVICE_PROVIDER: Applicability = { field: 'internet_service_provider', is: true };
export const FINANCIAL_INSTITUTION: Applicability = { field: 'financial_institution', is: true };
/** 数据处理者: anyone who processes data — runs a network or processes personal information. */
export const DATA_PROCESSOR: Applicability = {
  any: [
    { field: 'runs_network', is: true },
    { field: 'processes_pi', is: true },
  ],
};
/** Publishes to the public: a website, app, 小程序 or 公众号. */
export const PUBLIC_FACING: Applicability = {
  any: [
    { field: 'website', is: true },
    { field: 'app', is: true },
    { field: 'mini_program', is: true },
    { field: 'public_account', is: true },
  ],
};
/** 法人和其他组织: every kind of organisation but a natural person. */
export const ORGANIZATION: Applicability = {
  field: 'org_kind',
  in: ['company', 'government', 'public_institution', 'social_organization', 'individual_business'],
};

/**
 * 等级保护 and the security of computer information systems are the police's charge: 计算机信息系统安全保护条例 第六条
 * 「公安部主管全国计算机信息系统安全保护工作」 and 第十七条 「公安机关对计算机信息系统安全保护工作行使下列监督职权」.
 */
export const POLICE_FOR_MLPS: NonNullable<Requirement['competent']> = {
  authority: 'public_security',
  basis: '《计算机信息系统安全保护条例》第六条：公安部主管全国计算机信息系统安全保护工作。',
};

/** A duty as a requirement file writes it: the builder adds id, law and version. */
export type Duty = Omit<Requirement, 'id' | 'law' | 'version'> & { slug: string };

/** The law's duties as requirements with ids <code>-<article>-<slug> (csl2025-23-mlps, intlnet-12-filing). */
export function requirementsOf(
  law: string,
  version: string,
  code: string,
  duties: readonly Duty[],
): Requirement[] {
  return duties.map(({ slug, ...d }) => ({ id: `${code}-${d.article}-${slug}`, law, version, ...d }));
}

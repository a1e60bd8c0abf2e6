/**
 * What several requirement files share: the usual `applies_to` predicates and competent-department bases.
 */
import type { Applicability, Requirement } from '../model.js';

/** 网络运营者: 网络的所有者、管理者和网络服务提供者 (网络安全法 2025 第七十八条, 2016 第七十六条). */
export const NETWORK_OPERATOR: Applicability = { field: 'runs_network', is: true };
export const CII_OPERATOR: Applicability = { field: 'cii', is: true };
export const PI_PROCESSOR: Applicability = { field: 'processes_pi', is: true };

/**
 * 等级保护 and the security of computer information systems are the police's charge: 计算机信息系统安全保护条例 第六条
 * 「公安部主管全国计算机信息系统安全保护工作」 and 第十七条 「公安机关对计算机信息系统安全保护工作行使下列监督职权」.
 */
export const POLICE_FOR_MLPS: NonNullable<Requirement['competent']> = {
  authority: 'public_security',
  basis: '《计算机信息系统安全保护条例》第六条：公安部主管全国计算机信息系统安全保护工作。',
};

/**
 * Profiles the self-check tests share.
 */
import type { Profile } from './model.js';

/** A general network operator: a company with an office network and a website, no other role. */
export const GENERAL_OPERATOR: Profile = {
  org_kind: 'company',
  sector: 'other',
  pi_volume: 'under_1m',
  mlps_level: 'none',
  icp: 'non_commercial',
  runs_network: true,
  internet_connected: true,
  website: true,
  app: false,
  mini_program: false,
  public_account: false,
  user_accounts: false,
  processes_pi: true,
  sensitive_pi: false,
  cross_border: false,
  important_data: false,
  cii: false,
  network_products: false,
  security_services: false,
  internet_cafe: false,
  telecom_operator: false,
  internet_service_provider: false,
  financial_institution: false,
};

/**
 * A 事业单位 hospital as a client sends it (the fields a profile form fills; the rest take their defaults): a network,
 * a website, personal information of patients, no 等级保护 rating.
 */
export const HOSPITAL = {
  org_kind: 'public_institution',
  sector: 'healthcare',
  pi_volume: 'under_1m',
  mlps_level: 'none',
  icp: 'non_commercial',
  runs_network: true,
  internet_connected: true,
  website: true,
  processes_pi: true,
} as const;

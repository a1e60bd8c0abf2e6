/**
 * The new-case form's values → POST /api/proceedings. A unit's responsible persons (直接负责的主管人员和其他直接责任
 * 人员) become parties of their own, each naming the unit (`responsible_for`), so that each is notified, heard and
 * decided on per person (程序规定 第一百六十一条第二款).
 */
import type { AgencyLevel } from '../../../../src/core/cases/proceeding.js';
import type { AgencyKind, CaseKind } from '../../../../src/core/cases/timer-model.js';
import type { NewProceedingBody, NewProceedingParty } from '../../api/proceedings.js';
import { instantOf } from './action-forms.js';

export interface NewProceedingValues {
  title?: string;
  agency_name?: string;
  agency_kind?: AgencyKind;
  agency_level?: AgencyLevel;
  case_kind?: CaseKind;
  received_at?: string;
  facts?: string;
  party_kind?: 'individual' | 'organization';
  party_name?: string;
  id_type?: string;
  id_number?: string;
  credit_code?: string;
  address?: string;
  legal_representative?: string;
  responsible?: { name?: string; id_number?: string }[];
  violation_start?: string;
  violation_end?: string;
  continuing?: boolean;
}

export const AGENCY_LEVEL_LABELS: Readonly<Record<AgencyLevel, string>> = {
  station: '派出所',
  county: '县级',
  city: '设区的市级',
  province: '省级',
  national: '国家级',
};

export const CASE_KIND_LABELS: Readonly<Record<CaseKind, string>> = {
  OTHER_ADMIN: '其他行政案件（如网络安全法）',
  ZHIAN: '治安案件（治安管理处罚法）',
  DETENTION_OTHER_LAW: '依其他法律行政拘留',
};

const t = (s: string | undefined) => s?.trim() || undefined;

function mainParty(v: NewProceedingValues): NewProceedingParty {
  const kind = v.party_kind ?? 'organization';
  const common = { id: 'p1', kind, name: v.party_name?.trim() ?? '', address: t(v.address) };
  const details =
    kind === 'organization'
      ? { credit_code: t(v.credit_code), legal_representative: t(v.legal_representative) }
      : { id_type: t(v.id_type), id_number: t(v.id_number) };
  return Object.fromEntries(
    Object.entries({ ...common, ...details }).filter(([, x]) => x !== undefined),
  ) as unknown as NewProceedingParty;
}

export function newProceedingBody(v: NewProceedingValues): NewProceedingBody {
  const main = mainParty(v);
  const responsible: NewProceedingParty[] =
    main.kind === 'organization'
      ? (v.responsible ?? [])
          .filter((r) => r.name?.trim())
          .map((r, i) => ({
            id: `p${i + 2}`,
            kind: 'individual' as const,
            name: r.name!.trim(),
            responsible_for: main.id!,
            ...(t(r.id_number) ? { id_type: '居民身份证', id_number: t(r.id_number)! } : {}),
          }))
      : [];
  const start = t(v.violation_start);
  const body: NewProceedingBody = {
    title: v.title?.trim() ?? '',
    agency: {
      name: v.agency_name?.trim() ?? '',
      kind: v.agency_kind ?? 'police',
      level: v.agency_level ?? 'county',
    },
    case_kind: v.case_kind ?? 'OTHER_ADMIN',
    parties: [main, ...responsible],
    facts: v.facts?.trim() ?? '',
    received_at: instantOf(v.received_at ?? ''),
  };
  if (start) body.violation = { start, end: t(v.violation_end) ?? start, continuing: v.continuing === true };
  return body;
}

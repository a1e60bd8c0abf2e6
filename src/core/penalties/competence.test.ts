import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAWS } from '../statutes/catalogue.js';
import { POLICE_STATION_LIMITS } from './competence.js';
import { PERSONS_FOR_UNITS } from './liable-party.js';

const squash = (s: string) => s.replace(/\s+/g, '');
function statute(law: string, version: string): string {
  const file = LAWS.find((l) => l.name === law)!.versions.find((v) => v.id === version)!.file;
  return squash(readFileSync(resolve(import.meta.dirname, '../../../data/law', file), 'utf8'));
}

describe('the articles the competence and liability checks quote are the statute texts', () => {
  it.each(POLICE_STATION_LIMITS.map((l) => [l.law, l.version, l] as const))(
    '%s %s 派出所 limit',
    (law, version, l) => {
      expect(statute(law, version)).toContain(squash(l.text));
      expect(l.text).toMatch(new RegExp(`${l.maxFineYuan === 500 ? '五百' : '一千'}元以下的罚款`));
    },
  );
  it.each(PERSONS_FOR_UNITS.map((p) => [p.law, p.version, p] as const))(
    '%s %s 单位违法处罚责任人员',
    (law, version, p) => {
      expect(statute(law, version)).toContain(squash(p.text));
    },
  );
});

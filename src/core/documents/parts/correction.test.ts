import { describe, expect, it } from 'vitest';
import { COMPANY_DECISION } from '../mandatory.test-support.js';
import { documentText } from '../text.js';
import { buildDocument } from '../templates/index.js';

describe('a correction names the document it replaces (issue 9), before the organ’s signature', () => {
  const replaces = {
    kind: 'penalty_decision' as const,
    number: '某公（网安）行罚决字〔2025〕123号',
    date: '2025-07-01',
  };

  it('in a decision: 「本行政处罚决定书更正2025年7月1日作出的某公（网安）行罚决字〔2025〕123号行政处罚决定书」', () => {
    const built = buildDocument(
      COMPANY_DECISION({ number: '某公（网安）行罚决字〔2025〕130号', date: '2025-07-03', replaces }),
    );
    if (!built.ok) throw new Error('incomplete');
    const lines = documentText(built.document).split('\n');
    const i = lines.indexOf(
      '本行政处罚决定书更正2025年7月1日作出的某公（网安）行罚决字〔2025〕123号行政处罚决定书，原行政处罚决定书同时作废。',
    );
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1]).toBe('某市公安局某某分局（印）');
  });

  it('nothing is added to a document that corrects nothing', () => {
    const built = buildDocument(COMPANY_DECISION());
    expect(built.ok && documentText(built.document)).not.toContain('更正');
  });
});

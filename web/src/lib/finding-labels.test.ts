import { describe, expect, it } from 'vitest';
import { findingLabel } from './finding-labels.js';

describe('findingLabel', () => {
  it('shows a Chinese label, and 其他问题 for a code it does not know (never the raw code)', () => {
    expect(findingLabel('REQUIRED_SANCTION_MISSING')).toBe('缺少应并处的处罚');
    expect(findingLabel('SOMETHING_NEW')).toBe('其他问题');
  });
});

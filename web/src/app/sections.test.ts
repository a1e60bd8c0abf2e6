import { describe, expect, it } from 'vitest';
import { sectionOf } from './sections.js';

describe('sectionOf', () => {
  it('maps every screen to its menu entry', () => {
    expect(sectionOf('/cases/12/edit')).toBe('/cases');
    expect(sectionOf('/laws/csl/compare')).toBe('/laws');
    expect(sectionOf('/import')).toBe('/import');
    expect(sectionOf('/proceedings/3')).toBe('/proceedings');
    expect(sectionOf('/stats')).toBe('/stats');
    expect(sectionOf('/typical-bulletins/new')).toBe('/typical-bulletins');
    expect(sectionOf('/disclosures/4')).toBe('/disclosures');
    expect(sectionOf('/settings/documents')).toBe('/settings');
    expect(sectionOf('/self-check/assessments/2')).toBe('/self-check');
    expect(sectionOf('/')).toBe('/cases');
  });
  it('selects nothing for pages outside the menu', () => {
    expect(sectionOf('/login')).toBeNull();
    expect(sectionOf('/nowhere')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { homeOf, mayImport, mayOpen, sectionOf } from './sections.js';

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
    expect(sectionOf('/admin/audit')).toBe('/admin');
    expect(sectionOf('/self-check/assessments/2')).toBe('/self-check');
    expect(sectionOf('/')).toBe('/cases');
  });
  it('selects nothing for pages outside the menu', () => {
    expect(sectionOf('/login')).toBeNull();
    expect(sectionOf('/nowhere')).toBeNull();
  });
});

describe('the administrators’ pages (三权分立, GB/T 22239-2019 8.1.4.2 d 「实现管理用户的权限分离」)', () => {
  it('the security and audit administrators start on their page and open nothing else', () => {
    expect(homeOf('auditor')).toBe('/admin/audit');
    expect(homeOf('security_admin')).toBe('/admin/lockouts');
    expect(homeOf('officer')).toBe('/cases');
    expect(homeOf(undefined)).toBe('/cases');
    expect(mayOpen('auditor', '/cases')).toBe(false);
    expect(mayOpen('auditor', '/admin/audit')).toBe(true);
    expect(mayOpen('admin', '/cases')).toBe(true);
    expect(mayOpen(undefined, '/cases')).toBe(true);
  });
});

describe('mayImport', () => {
  it('offers 导入 to officers and the system administrator (the roles /api/imports/preview admits), and to a visitor who may sign in', () => {
    expect(mayImport('officer')).toBe(true);
    expect(mayImport('admin')).toBe(true);
    expect(mayImport(undefined)).toBe(true);
  });
  it('does not offer it to a viewer, reviewer, leader or operator, whom the server refuses', () => {
    for (const role of ['viewer', 'reviewer', 'leader', 'operator'])
      expect(mayImport(role), role).toBe(false);
  });
});

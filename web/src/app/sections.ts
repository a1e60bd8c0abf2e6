/** The top-level section (menu key) a path belongs to: /cases/12/edit → /cases; /login → null. */
export function sectionOf(pathname: string): string | null {
  const first = pathname.split('/').filter(Boolean)[0];
  if (!first) return '/cases';
  const key = `/${first}`;
  return [
    '/laws',
    '/cases',
    '/proceedings',
    '/typical-bulletins',
    '/import',
    '/stats',
    '/disclosures',
    '/self-check',
    '/settings',
    '/admin',
  ].includes(key)
    ? key
    : null;
}

/**
 * 三权分立: the security administrator and the audit administrator work only on their administration pages (the server
 * refuses them everything else); each has a home page of its own.
 */
const CONFINED_HOME: Readonly<Record<string, string>> = {
  security_admin: '/admin/lockouts',
  auditor: '/admin/audit',
};

/** Where a user of `role` starts (and is sent back to when confined). */
export const homeOf = (role: string | undefined): string => (role && CONFINED_HOME[role]) || '/cases';

/** Whether a user of `role` may open `pathname` in the web UI (the confined roles: /admin pages and their password). */
export const mayOpen = (role: string | undefined, pathname: string): boolean =>
  !(role && CONFINED_HOME[role]) || pathname.startsWith('/admin/') || pathname === '/account/password';

/**
 * Whether the 导入 entry is offered: the server takes bulletin imports, previews included, from officers and the
 * system administrator only (routes/imports.ts); a visitor is offered it and asked to sign in.
 */
export const mayImport = (role: string | undefined): boolean =>
  role === undefined || role === 'officer' || role === 'admin';

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
  ].includes(key)
    ? key
    : null;
}

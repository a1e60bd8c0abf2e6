/** Where to go after login: only a path of this site (never //evil.example or https://…), else the case list. */
export function safeNext(next: string | null | undefined): string {
  if (
    !next ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\') ||
    next.startsWith('/login')
  ) {
    return '/cases';
  }
  return next;
}

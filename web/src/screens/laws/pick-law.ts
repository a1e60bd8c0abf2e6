/**
 * The law a /laws/:law address names, by id or name. With no name the first law is shown (the library's
 * landing page); a name that matches no law is `null`, so the page says 不存在 instead of showing another law.
 */
export function pickLaw<L extends { id: string; name: string }>(
  laws: readonly L[],
  param: string | undefined,
): L | null {
  if (param === undefined || param === '') return laws[0] ?? null;
  return laws.find((l) => l.id === param || l.name === param) ?? null;
}

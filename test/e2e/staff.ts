/**
 * What the case-handling suites (办案, 文书, 公示) share: the accounts the administrator creates for a suite's people
 * (one password), their sessions through the API, and the suite's browser — pages each in a context of its own with
 * their errors recorded, signed in through the login form.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, watchErrors } from './browser.js';
import type { httpClient } from './http.js';

type Client = ReturnType<typeof httpClient>;
type People<P extends string> = Readonly<Record<P, Readonly<{ username: string; role: string }>>>;

/** The administrator (`admin`, a session cookie) creates each person's account; the user ids by person. */
export async function createAccounts<P extends string>(
  { api }: Client,
  admin: string,
  people: People<P>,
  password: string,
): Promise<Record<P, number>> {
  const ids = {} as Record<P, number>;
  for (const [key, person] of Object.entries(people) as [P, People<P>[P]][]) {
    const created = (await api(admin, 'POST', '/api/users', { ...person, password })) as {
      user: { id: number };
    };
    ids[key] = created.user.id;
  }
  return ids;
}

/** Each person signed in through the API: the session cookies by person. */
export async function apiSessions<P extends string>(
  { logInByApi }: Client,
  people: People<P>,
  password: string,
): Promise<Record<P, string>> {
  const cookies = {} as Record<P, string>;
  for (const [key, person] of Object.entries(people) as [P, People<P>[P]][]) {
    cookies[key] = await logInByApi(person.username, password);
  }
  return cookies;
}

/** A suite's browser: each page in a context of its own, its console and server errors recorded. */
export class SuiteBrowser {
  private readonly contexts: BrowserContext[] = [];
  private readonly errors: string[][] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly baseURL: string,
  ) {}

  static async launch(baseURL: string): Promise<SuiteBrowser> {
    return new SuiteBrowser(await launch(), baseURL);
  }

  /** A new page, at desktop or phone size. */
  async page(phone = false): Promise<Page> {
    const context = await newContext(this.browser, this.baseURL, phone);
    this.contexts.push(context);
    const page = await context.newPage();
    this.errors.push(watchErrors(page));
    return page;
  }

  /** A new page signed in through the login form, landed on `next` with the account menu shown. */
  async signIn(
    username: string,
    password: string,
    { next = '/proceedings', phone = false } = {},
  ): Promise<Page> {
    const page = await this.page(phone);
    await page.goto(`/login?next=${next}`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === next);
    await page.getByTestId('account-menu').waitFor();
    return page;
  }

  /** The errors recorded on every page that `expected` does not match. */
  unexpectedErrors(expected: RegExp): string[] {
    return this.errors.flat().filter((e) => !expected.test(e));
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close();
    await this.browser.close();
  }
}

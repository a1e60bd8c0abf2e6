/**
 * Once per e2e run: build what is stale, check for Chromium, start the application on a free port with a
 * fresh data directory (which seeds the dev bulletin's ten published cases), and stop it afterwards.
 * WANGAN_E2E_URL (with WANGAN_E2E_ADMIN_PASSWORD) runs the suite against a server already running instead.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from './build.js';
import { CHROMIUM } from './browser.js';
import { missingPrerequisite } from './prerequisites.js';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    adminPassword: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = missingPrerequisite(CHROMIUM);
  if (missing) {
    // The first line of the run, before vitest's report of the failed setup.
    console.error(missing);
    throw new Error(missing);
  }
  const external = process.env.WANGAN_E2E_URL;
  if (external) {
    // Against a server the developer runs (e.g. `npm start`): its admin password must be given too.
    project.provide('baseURL', external.replace(/\/$/, ''));
    project.provide('adminPassword', process.env.WANGAN_E2E_ADMIN_PASSWORD ?? '');
    return async () => {};
  }
  const root = resolve(import.meta.dirname, '..', '..');
  ensureBuilt(root, (s) => console.log(s));
  const server = await startServer(root);
  project.provide('baseURL', server.baseURL);
  project.provide('adminPassword', server.adminPassword);
  return async () => {
    await server.stop();
  };
}

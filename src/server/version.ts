/** The application version (package.json), read once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

let version: string | undefined;

export function appVersion(): string {
  return (version ??= (
    JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }
  ).version);
}

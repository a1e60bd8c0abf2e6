/**
 * What the e2e suite needs beyond npm: Debian's Chromium and a Chinese font. The reason it cannot run, as the first
 * thing the suite says (global-setup.ts), or null.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function missingPrerequisite(chromium: string, fcList = 'fc-list'): string | null {
  if (!existsSync(chromium)) {
    return `e2e: ${chromium} is missing; install Debian's chromium (apt-get install -y chromium)`;
  }
  if (!hasChineseFont(fcList)) {
    return (
      "e2e: no Chinese font is installed, so pages would render as empty boxes; install Debian's fonts-noto-cjk " +
      '(apt-get install -y fonts-noto-cjk)'
    );
  }
  return null;
}

/** Does fontconfig know a font covering Chinese? (fc-list comes with fontconfig, which Chromium needs anyway.) */
function hasChineseFont(fcList: string): boolean {
  try {
    return execFileSync(fcList, [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

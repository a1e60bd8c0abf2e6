/**
 * Reads the provinces and their prefecture-level divisions (data/places/prefectures.json) once per process and hands
 * them to the core as data (src/core/similar/region.ts stays free of I/O).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../paths.js';
import { buildGazetteer, type Gazetteer, type ProvinceEntry } from '../core/similar/region.js';
import { DomainError } from '../core/shared/errors.js';

export const PLACES_PATH = resolve(packageRoot, 'data', 'places', 'prefectures.json');

export function parseGazetteer(text: string, source: string): Gazetteer {
  const data = JSON.parse(text) as { provinces?: unknown };
  const provinces = data.provinces;
  const ok =
    Array.isArray(provinces) &&
    provinces.every(
      (p: Partial<ProvinceEntry> | null) =>
        p !== null &&
        typeof p.name === 'string' &&
        typeof p.short === 'string' &&
        Array.isArray(p.prefectures) &&
        p.prefectures.every((c) => typeof c === 'string'),
    );
  if (!ok) {
    throw new DomainError(
      'UNREADABLE_INPUT',
      `${source}：须有 provinces[]，每项为 {name, short, prefectures[]}`,
      {
        source,
      },
    );
  }
  return buildGazetteer(provinces as ProvinceEntry[]);
}

let cached: Gazetteer | undefined;

/** The gazetteer of data/places, read on first use. */
export function loadGazetteer(): Gazetteer {
  cached ??= parseGazetteer(readFileSync(PLACES_PATH, 'utf8'), PLACES_PATH);
  return cached;
}

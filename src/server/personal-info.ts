/**
 * Personal information in responses beyond the case API (NOTES.md “Security (identity and audit)”): a party's ID
 * numbers, phone numbers and addresses masked by default (`core/disclosure/personal-info.ts`, the same functions);
 * `?reveal=pi` returns them, the reveal audited (`reveal_pi`) — for the forms an officer edits, so that a save does
 * not write the mask back. Never in logs (the request log carries no bodies).
 */
import type { FastifyRequest } from 'fastify';
import { maskPersonalInfo } from '../core/disclosure/personal-info.js';
import { recordAudit } from '../db/repositories/audit.js';
import { actorOf } from './auth/session.js';
import type { Services } from './services.js';

export const revealsPersonalInfo = (req: FastifyRequest): boolean =>
  (req.query as { reveal?: unknown } | undefined)?.reveal === 'pi';

/** `value` as is when the request asks `reveal=pi` (audited against `entity` `id`), else masked. */
export async function personalView<T>(
  s: Services,
  req: FastifyRequest,
  entity: string,
  id: number,
  value: T,
): Promise<T> {
  if (!revealsPersonalInfo(req) || !req.user) return maskPersonalInfo(value);
  await recordAudit(s.deps.store.db, actorOf(req), { action: 'reveal_pi', entity, entityId: id }, s.now());
  return value;
}

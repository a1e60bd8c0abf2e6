/**
 * The types every route module and server helper is written against: the services the application wires (repositories,
 * issuers, settings) and the Fastify instance typed for zod schemas. Apart from app.ts so that imports run one way:
 * app.ts → routes → services.ts, never a route back into app.ts.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppliedOf } from '../db/repositories/case-applied.js';
import type { CaseRepository } from '../db/repositories/cases.js';
import type { ProceedingRepository } from '../db/repositories/proceedings.js';
import type { StatsRepository } from '../db/repositories/stats.js';
import type { StatuteRepository } from '../db/repositories/statutes.js';
import type { UserRepository } from '../db/repositories/users.js';
import type { IdentitySettings } from './auth/identity-settings.js';
import type { AppDeps } from './deps.js';
import type { DisclosurePublisher } from './disclosure-publisher.js';
import type { DocumentIssuer } from './document-issuer.js';

export interface Services {
  deps: AppDeps;
  now: () => Date;
  identity: IdentitySettings;
  /** What the check applies to a record: the `case_applied` rows every case write keeps. */
  appliedOf: AppliedOf;
  cases: CaseRepository;
  users: UserRepository;
  statutes: StatuteRepository;
  stats: StatsRepository;
  proceedings: ProceedingRepository;
  documents: DocumentIssuer;
  disclosures: DisclosurePublisher;
}

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

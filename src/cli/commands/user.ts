/**
 * `wangan user add <name> --role ROLE [--organisation 单位] [--password P]` (a generated password is printed once, to be
 * changed at the first login; a given one must satisfy the password policy; an `operator` names its organisation,
 * created when new). The only way to make the administrators' accounts (admin, security_admin, auditor: 三权分立),
 * `wangan user list`, `wangan user disable <name>`. JSON on stdout.
 */
import { parseArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../io.js';
import { DomainError } from '../../core/shared/errors.js';
import { createOrganisation, organisationByName } from '../../db/repositories/organisations.js';
import { ROLES, UserRepository } from '../../db/repositories/users.js';
import { migrateToLatest } from '../../db/store.js';
import { generatePassword, hashPassword } from '../../server/auth/password.js';
import { assertPasswordPolicy } from '../../server/auth/password-policy.js';
import { openConfiguredStore } from '../../server/bootstrap.js';
import { loadConfig } from '../../server/config.js';
import { roleSchema, userCreateBodySchema } from '../../server/schemas/index.js';

const USAGE = `usage: wangan user add <name> --role ${ROLES.join('|')} [--organisation 单位] [--password P] | user list | user disable <name>`;
const CLI_ACTOR = { id: null, username: 'cli' };

export const run: Command = async (args, io) => {
  const { positionals, values } = parseArgs(args, { values: ['role', 'password', 'organisation'] });
  const [sub, name, ...extra] = positionals;
  if (!sub || !['add', 'list', 'disable'].includes(sub) || extra.length) throw new UsageError(USAGE);
  if (sub !== 'list' && !name) throw new UsageError(`user ${sub}: missing <name>\n${USAGE}`);
  const config = loadConfig(io.env);
  const store = await openConfiguredStore(config);
  try {
    await migrateToLatest(store);
    const users = new UserRepository(store.db);
    if (sub === 'list') {
      io.stdout(`${JSON.stringify(await users.list(), null, 2)}\n`);
      return EXIT.ok;
    }
    if (sub === 'add') {
      const role = roleSchema.safeParse(values.role);
      if (!role.success)
        throw new UsageError(
          `user add: --role must be one of ${ROLES.join(', ')} (got "${values.role ?? ''}")`,
        );
      const generated = values.password === undefined;
      const password = values.password ?? generatePassword();
      const checked = userCreateBodySchema.safeParse({ username: name, password, role: role.data });
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new UsageError(`user add: ${issue.path.join('.')}: ${issue.message}`);
      }
      assertPasswordPolicy(password, checked.data.username);
      if ((role.data === 'operator') !== (values.organisation !== undefined)) {
        throw new UsageError('user add: --organisation is given for the role operator, and only for it');
      }
      const organisationId =
        values.organisation === undefined
          ? undefined
          : (
              (await organisationByName(store.db, values.organisation)) ??
              (await createOrganisation(store.db, values.organisation, CLI_ACTOR))
            ).id;
      const user = await users.create(
        {
          username: checked.data.username,
          passwordHash: await hashPassword(password),
          role: role.data,
          mustChangePassword: generated,
          ...(organisationId === undefined ? {} : { organisationId }),
        },
        CLI_ACTOR,
      );
      io.stdout(`${JSON.stringify({ ...user, ...(generated ? { password } : {}) }, null, 2)}\n`);
      if (generated) io.stderr('generated password printed once above; it is not stored anywhere\n');
      return EXIT.ok;
    }
    const found = await users.credentials(name!);
    if (!found) throw new DomainError('NOT_FOUND', `用户“${name}”不存在`, { username: name });
    io.stdout(`${JSON.stringify(await users.disable(found.user.id, CLI_ACTOR), null, 2)}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
};

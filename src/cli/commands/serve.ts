/**
 * `wangan serve`: prepares the data directory and database (migrations, statutes, first administrator, the dev
 * bulletin once), then serves the API and the web UI on HOST:PORT until SIGINT/SIGTERM.
 */
import { markServing } from '../../../bin/serving.js';
import { parseArgs } from '../args.js';
import { packageRoot } from '../../paths.js';
import { appliedRules } from '../../law-data/applied.js';
import { EXIT, type Command } from '../io.js';
import { createApp } from '../../server/app.js';
import { ensureAdmin, openConfiguredStore, prepareStore, seedDevBulletin } from '../../server/bootstrap.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { appVersion } from '../../server/version.js';
import { realChecker, realDocuments, realExtractor, webDistDir } from '../../server/wiring.js';

export const run: Command = async (args, io) => {
  parseArgs(args, {});
  const config = loadConfig(io.env);
  const log = createLogger(config.logLevel);
  const store = await openConfiguredStore(config);
  const check = realChecker();
  const appliedOf = appliedRules(check);
  try {
    await prepareStore(store, log, appliedOf);
    const admin = await ensureAdmin(store, config.adminPassword);
    if (admin.generatedPassword) {
      io.stdout(
        `首次启动：已创建管理员账号 admin，初始密码：${admin.generatedPassword}\n（只显示这一次；首次登录须先修改密码；可用 WANGAN_ADMIN_PASSWORD 指定）\n`,
      );
    } else if (admin.created) {
      io.stdout('首次启动：已创建管理员账号 admin（密码取自 WANGAN_ADMIN_PASSWORD）\n');
    }
    const extract = realExtractor();
    const seeded = await seedDevBulletin(store, extract, log, appliedOf);
    if (seeded) io.stdout(`已导入开发用公告（宁夏 2021）中的 ${seeded.length} 个案例，状态：已公开\n`);
    await store.optimize();
    const optimizer = setInterval(
      () => void store.optimize().catch((e: unknown) => log.warn({ err: e }, 'optimize failed')),
      3600_000,
    );
    optimizer.unref();
    const app = await createApp({
      store,
      check,
      extract,
      documents: realDocuments(),
      version: appVersion(),
      logger: log,
      webDir: webDistDir,
      identity: config.identity,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
      rateLimits: config.rateLimits,
      maxUploadBytes: config.maxUploadBytes,
    });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw e;
      io.stderr(`wangan serve: cannot listen on ${config.host}:${config.port} (${code}); set PORT or HOST\n`);
      await app.close();
      return EXIT.badInput;
    }
    // While it serves, no build of this root rewrites the code and pages it runs (bin/build-if-needed.js).
    const unmark = markServing(packageRoot);
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    io.stdout(
      `网安已启动：http://${host}:${port}/${config.publicUrl ? `（公开地址 ${config.publicUrl.href}）` : ''}  （接口文档 /api/docs；数据库：${store.engine}）\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    log.info('shutting down');
    clearInterval(optimizer);
    await app.close();
    unmark();
    return EXIT.ok;
  } finally {
    await store.close();
  }
};

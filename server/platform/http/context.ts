import type { Config } from '../../config.ts';
import type { Db, DbMode } from '../db/client.ts';
import type { Principal } from '../access/permissions.ts';
import type { AuditActor } from '../audit/audit.ts';
import type { Locale } from '../errors/app-error.ts';
import type { PermissionCatalog } from '../access/permissions.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import type { SensitiveCipher } from '../crypto/sensitive.ts';

/** What every service call receives: who asks, from where, and the shared handles. */
export type Ctx = {
  db: Db;
  principal: Principal;
  actor: AuditActor;
  locale: Locale;
  deps: AppDeps;
};

export type AppDeps = {
  config: Config;
  db: Db;
  dbMode: DbMode;
  catalog: PermissionCatalog;
  jobs: JobRunner;
  cipher: SensitiveCipher;
};

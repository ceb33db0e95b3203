import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./data'),
    DEMO_PASSWORD: z.string().min(8).default('Demo@2026'),
    LOAD_DEMO: booleanFlag.default(true),
    // A key for the at-rest encryption of ID numbers and phones; 64 hex chars (32 bytes).
    DATA_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/i, 'DATA_KEY must be 64 hexadecimal characters')
      .optional(),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    // Requests a minute from one address to sign in or open a public page, beyond the per-account lockout.
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(64).default(10),
    PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
    PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(0).default(90),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    COOKIE_SECURE: booleanFlag.default(false),
    // domain.md §3: up to 3 days the township approves, over 3 days the county organization department.
    LEAVE_TIERS: z.string().default('3:township_party,*:county_org'),
    LEAVE_DAY_COUNTING: z.enum(['calendar', 'working']).default('calendar'),
    LEAVE_PAST_GRACE_DAYS: z.coerce.number().int().min(0).max(30).default(3),
    PRESENCE_MIN_DAYS: z.coerce.number().int().min(0).max(31).default(20),
    // When set (e.g. 0.667), the minimum is this share of the month's working days instead.
    PRESENCE_MIN_SHARE: z.coerce.number().min(0).max(1).optional(),
    PRESENCE_FAR_KM: z.coerce.number().min(0).default(5),
    RECTIFICATION_DAYS: z.coerce.number().int().min(1).max(365).default(15),
    REPORT_DUE_DAY: z.coerce.number().int().min(1).max(28).default(5),
    UPLOAD_MAX_MB: z.coerce.number().min(1).max(100).default(10),
    // Where an issued notice is also pushed (a gateway to 政务钉钉, 企业微信 or SMS); none by default.
    NOTICE_WEBHOOK_URL: z.string().url().optional(),
    // domain.md §4: each public notice (公示) lasts this many days before the next step may start.
    NOTICE_DAYS: z.coerce.number().int().min(1).max(30).default(7),
    MONITORING_STABLE_MONTHS: z.coerce.number().int().min(1).max(36).default(6),
    MONITORING_VERIFY_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
    MONITORING_DECIDE_WORKING_DAYS: z.coerce.number().int().min(1).max(90).default(15),
    // Yuan per person per year: the exit standard, and the line under which a household is watched.
    INCOME_LINE: z.coerce.number().min(0).default(4000),
    MONITORING_INCOME_LINE: z.coerce.number().min(0).default(7800),
    // domain.md §13: how often the statistics rollup is rebuilt; 0 leaves it to the refresh button.
    STATS_REFRESH_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(30),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === 'production' && !value.DATA_KEY) {
      ctx.addIssue({ code: 'custom', path: ['DATA_KEY'], message: 'DATA_KEY is required in production' });
    }
  });

export type Config = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demoPassword: string;
  loadDemo: boolean;
  dataKey: string;
  logLevel: string;
  cookieSecure: boolean;
  session: { idleMinutes: number };
  login: { maxFailures: number; lockMinutes: number; ratePerMinute: number };
  passwordPolicy: PasswordPolicy;
  duty: DutyRules;
  uploadMaxBytes: number;
  noticeWebhookUrl: string | undefined;
  households: HouseholdRules;
  statsRefreshMinutes: number;
};

/** The rules of identification, exit and monitoring (domain.md §4) a county may set for itself. */
export type HouseholdRules = {
  noticeDays: number;
  stableMonths: number;
  verifyWorkingDays: number;
  decideWorkingDays: number;
  incomeLine: number;
  monitoringIncomeLine: number;
};

export type LeaveTier = { maxDays: number | null; role: 'township_party' | 'county_org' | 'city_org' };

/** The rules of on-duty discipline (domain.md §3) a county may set for itself. */
export type DutyRules = {
  leaveTiers: LeaveTier[];
  leaveDayCounting: 'calendar' | 'working';
  leavePastGraceDays: number;
  presenceMinDays: number;
  presenceMinShare: number | null;
  presenceFarKm: number;
  rectificationDays: number;
  reportDueDay: number;
};

export type PasswordPolicy = { minLength: number; minClasses: number; maxAgeDays: number };

// Outside production a fixed development key keeps demo data readable across restarts;
// production refuses to start without its own key (see the schema above).
const DEVELOPMENT_DATA_KEY = '7a6875636e2d646576656c6f706d656e742d6b65792d6e6f742d7365637265';

const tierRoles = ['township_party', 'county_org', 'city_org'] as const;

/** "3:township_party,*:county_org" → ascending tiers; the last must be open-ended so every request has an approver. */
export function parseLeaveTiers(text: string): LeaveTier[] {
  const tiers = text.split(',').map((part) => {
    const [limit, role] = part.trim().split(':');
    if (!role || !(tierRoles as readonly string[]).includes(role)) throw new Error(`LEAVE_TIERS: unknown role in "${part}"`);
    const maxDays = limit === '*' ? null : Number(limit);
    if (maxDays !== null && (!Number.isInteger(maxDays) || maxDays < 1)) throw new Error(`LEAVE_TIERS: bad day limit in "${part}"`);
    return { maxDays, role: role as LeaveTier['role'] };
  });
  if (tiers.at(-1)?.maxDays !== null) throw new Error('LEAVE_TIERS: the last tier must be "*"');
  for (let i = 1; i < tiers.length - 1; i += 1) {
    if (tiers[i]!.maxDays! <= tiers[i - 1]!.maxDays!) throw new Error('LEAVE_TIERS: limits must rise');
  }
  return tiers;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.DATA_DIR),
    demoPassword: c.DEMO_PASSWORD,
    loadDemo: c.LOAD_DEMO && c.NODE_ENV !== 'production',
    dataKey: c.DATA_KEY ?? DEVELOPMENT_DATA_KEY.padEnd(64, '0'),
    logLevel: c.LOG_LEVEL,
    cookieSecure: c.COOKIE_SECURE,
    session: { idleMinutes: c.SESSION_IDLE_MINUTES },
    login: { maxFailures: c.LOGIN_MAX_FAILURES, lockMinutes: c.LOGIN_LOCK_MINUTES, ratePerMinute: c.RATE_LIMIT_PER_MINUTE },
    passwordPolicy: {
      minLength: c.PASSWORD_MIN_LENGTH,
      minClasses: c.PASSWORD_MIN_CLASSES,
      maxAgeDays: c.PASSWORD_MAX_AGE_DAYS,
    },
    duty: {
      leaveTiers: parseLeaveTiers(c.LEAVE_TIERS),
      leaveDayCounting: c.LEAVE_DAY_COUNTING,
      leavePastGraceDays: c.LEAVE_PAST_GRACE_DAYS,
      presenceMinDays: c.PRESENCE_MIN_DAYS,
      presenceMinShare: c.PRESENCE_MIN_SHARE ?? null,
      presenceFarKm: c.PRESENCE_FAR_KM,
      rectificationDays: c.RECTIFICATION_DAYS,
      reportDueDay: c.REPORT_DUE_DAY,
    },
    uploadMaxBytes: Math.round(c.UPLOAD_MAX_MB * 1024 * 1024),
    noticeWebhookUrl: c.NOTICE_WEBHOOK_URL,
    households: {
      noticeDays: c.NOTICE_DAYS,
      stableMonths: c.MONITORING_STABLE_MONTHS,
      verifyWorkingDays: c.MONITORING_VERIFY_WORKING_DAYS,
      decideWorkingDays: c.MONITORING_DECIDE_WORKING_DAYS,
      incomeLine: c.INCOME_LINE,
      monitoringIncomeLine: c.MONITORING_INCOME_LINE,
    },
    statsRefreshMinutes: c.NODE_ENV === 'test' ? 0 : c.STATS_REFRESH_MINUTES,
  };
}

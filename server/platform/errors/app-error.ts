export type Locale = 'zh-CN' | 'en';
export type FieldError = { path: string; message: string };
export type ErrorDefinition = { status: number; zh: string; en: string };

/** A failure the caller can act on: a stable code, an HTTP status and a message in both languages. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messages: { zh: string; en: string },
    readonly fields?: FieldError[],
  ) {
    super(messages.en);
  }

  messageFor(locale: Locale): string {
    return locale === 'en' ? this.messages.en : this.messages.zh;
  }
}

type Factories<T extends Record<string, ErrorDefinition>> = {
  [K in keyof T]: (fields?: FieldError[], params?: Record<string, string | number>) => AppError;
};

function fill(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Each module lists its error codes once; a factory per code keeps status and wording together. */
export function defineErrors<T extends Record<string, ErrorDefinition>>(definitions: T): Factories<T> {
  const result = {} as Factories<T>;
  for (const code of Object.keys(definitions) as (keyof T & string)[]) {
    const def = definitions[code]!;
    result[code] = (fields, params) =>
      new AppError(code, def.status, { zh: fill(def.zh, params), en: fill(def.en, params) }, fields);
  }
  return result;
}

export const commonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请按提示修改', en: 'The request has invalid fields' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Sign in first' },
  FORBIDDEN: { status: 403, zh: '没有执行此操作的权限', en: 'You may not do this' },
  CSRF_MISMATCH: { status: 403, zh: '页面已过期，请刷新后重试', en: 'The page is stale; reload and try again' },
  NOT_FOUND: { status: 404, zh: '记录不存在或不在您的管辖范围内', en: 'Not found' },
  CONFLICT: { status: 409, zh: '与现有记录冲突', en: 'Conflicts with an existing record' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请联系管理员并提供请求编号 {requestId}', en: 'Internal error; request id {requestId}' },
});

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, commonErrors, type FieldError, type Locale } from '../errors/app-error.ts';

export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header) ? 'en' : 'zh-CN';
}

function pathOf(instancePath: string): string {
  return instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
}

/** One place maps every failure to `{code, message, fields?}`: codes to statuses, zod to 400, the rest to 500. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const locale = localeOf(request);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: FieldError[] = error.validation.map((issue) => ({
      path: pathOf(issue.instancePath),
      message: issue.message ?? '',
    }));
    const e = commonErrors.VALIDATION_FAILED(fields);
    return reply.status(400).send({ code: e.code, message: e.messageFor(locale), fields });
  }
  if (error instanceof ZodError) {
    const fields = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const e = commonErrors.VALIDATION_FAILED(fields);
    return reply.status(400).send({ code: e.code, message: e.messageFor(locale), fields });
  }
  if (error instanceof AppError) {
    const body: Record<string, unknown> = { code: error.code, message: error.messageFor(locale) };
    if (error.fields?.length) body.fields = error.fields;
    return reply.status(error.status).send(body);
  }
  const status = (error as FastifyError).statusCode;
  if (status === 429) {
    const e = commonErrors.RATE_LIMITED();
    return reply.status(429).send({ code: e.code, message: e.messageFor(locale) });
  }
  if (status && status >= 400 && status < 500) {
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
    return reply.status(status).send({ code, message: locale === 'en' ? error.message : '请求格式不正确' });
  }
  request.log.error({ err: error }, 'unhandled error');
  const e = commonErrors.INTERNAL(undefined, { requestId: request.id });
  return reply.status(500).send({ code: e.code, message: e.messageFor(locale) });
}

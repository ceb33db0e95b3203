import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { errorBody } from '../../../contracts/common.ts';
import { jobIdParams, jobStatusView } from '../../../contracts/jobs.ts';
import * as service from './jobs.service.ts';

const tags = ['jobs 后台任务'];

export function jobRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/jobs/:id',
    { schema: { tags, summary: '后台任务进度与结果（仅发起人可见）', params: jobIdParams, response: { 200: jobStatusView, 400: errorBody, 401: errorBody, 404: errorBody } } },
    (request) => service.getOwnJob(ctxOf(request, deps), request.params.id),
  );
}

import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { workflowStepView } from '../../../contracts/workflow.ts';
import { projectBody, projectExportQuery, projectList, projectListQuery, projectTransitionBody, projectView } from '../../../contracts/projects.ts';
import * as service from './projects.service.ts';
import { exportProjects } from './projects-export.service.ts';

const tags = ['projects 项目库'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const history = z.object({ steps: z.array(workflowStepView) });

export function projectRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/projects', { schema: { tags, summary: '项目列表', querystring: projectListQuery, response: { 200: projectList, ...errors } } }, (request) =>
    service.listProjects(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/projects/export',
    { schema: { tags, summary: '导出项目库（Excel）', querystring: projectExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportProjects(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/projects/:id', { schema: { tags, summary: '项目详情（含审批流程）', params: idParam, response: { 200: projectView, ...errors } } }, (request) =>
    service.getProject(ctxOf(request, deps), request.params.id),
  );
  app.post('/api/projects', { schema: { tags, summary: '申报项目', body: projectBody, response: { 201: projectView, ...errors } } }, async (request, reply) => {
    const view = await service.proposeProject(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.put(
    '/api/projects/:id',
    { schema: { tags, summary: '修改待审核或退回的项目', params: idParam, body: projectBody, response: { 200: projectView, ...errors } } },
    (request) => service.updateProject(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/projects/:id/transitions',
    { schema: { tags, summary: '项目流程操作（审核、审批、开工、完工、验收、移交、退回、不予立项、重新提交、撤回）', params: idParam, body: projectTransitionBody, response: { 200: projectView, ...errors } } },
    (request) => service.transitionProject(ctxOf(request, deps), request.params.id, request.body),
  );
  app.get(
    '/api/projects/:id/transitions',
    { schema: { tags, summary: '项目流程记录', params: idParam, response: { 200: history, ...errors } } },
    (request) => service.projectTransitions(ctxOf(request, deps), request.params.id),
  );
}

import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  teamCreateBody,
  teamEndBody,
  teamExportQuery,
  teamList,
  teamListQuery,
  teamMemberBody,
  teamMemberParams,
  teamMemberPatch,
  teamUpdateBody,
  teamView,
} from '../../../contracts/teams.ts';
import * as service from './teams.service.ts';
import * as members from './team-members.service.ts';
import * as exports from './teams-export.service.ts';

const tags = ['teams 驻村工作队'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function teamRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/teams', { schema: { tags, summary: '驻村工作队列表', querystring: teamListQuery, response: { 200: teamList, ...errors } } }, (request) =>
    service.listTeams(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/teams/export',
    { schema: { tags, summary: '导出驻村工作队列表（Excel）', querystring: teamExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportTeams(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get('/api/teams/:id', { schema: { tags, summary: '驻村工作队详情', params: idParam, response: { 200: teamView, ...errors } } }, (request) =>
    service.getTeam(ctxOf(request, deps), request.params.id),
  );
  app.get(
    '/api/teams/:id/roster',
    { schema: { tags, summary: '导出队员花名册（Excel）', params: idParam, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exports.exportRoster(ctxOf(request, deps), request.params.id);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post('/api/teams', { schema: { tags, summary: '组建驻村工作队', body: teamCreateBody, response: { 201: teamView, ...errors } } }, async (request, reply) => {
    const view = await service.createTeam(ctxOf(request, deps), request.body);
    return reply.status(201).send(view);
  });
  app.put(
    '/api/teams/:id',
    { schema: { tags, summary: '修改驻村工作队', params: idParam, body: teamUpdateBody, response: { 200: teamView, ...errors } } },
    (request) => service.updateTeam(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/teams/:id/end',
    { schema: { tags, summary: '工作队任期结束（全体队员离队）', params: idParam, body: teamEndBody, response: { 200: teamView, ...errors } } },
    (request) => service.endTeam(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/teams/:id/members',
    { schema: { tags, summary: '队员入队', params: idParam, body: teamMemberBody, response: { 201: teamView, ...errors } } },
    async (request, reply) => {
      const view = await members.addTeamMember(ctxOf(request, deps), request.params.id, request.body);
      return reply.status(201).send(view);
    },
  );
  app.patch(
    '/api/teams/:id/members/:memberId',
    { schema: { tags, summary: '调整队员职务或离队', params: teamMemberParams, body: teamMemberPatch, response: { 200: teamView, ...errors } } },
    (request) => members.changeTeamMember(ctxOf(request, deps), request.params.id, request.params.memberId, request.body),
  );
}

import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  branchActionBody,
  branchCandidateList,
  branchCandidateQuery,
  branchLeaveBody,
  branchMemberBody,
  branchMemberParams,
  dissolveBody,
  electionBody,
  temporaryBranchBody,
  temporaryBranchDetail,
  temporaryBranchExportQuery,
  temporaryBranchList,
  temporaryBranchListQuery,
} from '../../../contracts/temporary-branches.ts';
import * as service from './temporary-branches.service.ts';
import * as roll from './temporary-branch-roll.service.ts';
import { exportTemporaryBranches } from './temporary-branches-export.service.ts';

const tags = ['temporary-branches 临时党支部'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function temporaryBranchRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/temporary-branches',
    { schema: { tags, summary: '临时党支部列表', querystring: temporaryBranchListQuery, response: { 200: temporaryBranchList, ...errors } } },
    (request) => service.listTemporaryBranches(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/temporary-branches/export',
    { schema: { tags, summary: '导出临时党支部列表（Excel）', querystring: temporaryBranchExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportTemporaryBranches(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/temporary-branches/candidates',
    { schema: { tags, summary: '可加入临时党支部的党员（含组织关系所在）', querystring: branchCandidateQuery, response: { 200: branchCandidateList, ...errors } } },
    (request) => roll.listBranchCandidates(ctxOf(request, deps), request.query),
  );
  app.post(
    '/api/temporary-branches',
    { schema: { tags, summary: '申请成立临时党支部', body: temporaryBranchBody, response: { 201: temporaryBranchDetail, ...errors } } },
    async (request, reply) => {
      const view = await service.requestTemporaryBranch(ctxOf(request, deps), request.body);
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/temporary-branches/:id',
    { schema: { tags, summary: '临时党支部详情（党员、组织关系所在、选举、审批）', params: idParam, response: { 200: temporaryBranchDetail, ...errors } } },
    (request) => service.getTemporaryBranch(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/temporary-branches/:id/actions',
    { schema: { tags, summary: '审批操作（批准成立、不予批准、退回、重新提交）', params: idParam, body: branchActionBody, response: { 200: temporaryBranchDetail, ...errors } } },
    (request) => service.actOnTemporaryBranch(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/temporary-branches/:id/members',
    { schema: { tags, summary: '增加临时党员', params: idParam, body: branchMemberBody, response: { 200: temporaryBranchDetail, ...errors } } },
    (request) => roll.addBranchMember(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/temporary-branches/:id/members/:membershipId/leave',
    { schema: { tags, summary: '党员离开临时党支部', params: branchMemberParams, body: branchLeaveBody, response: { 200: temporaryBranchDetail, ...errors } } },
    (request) => roll.leaveBranch(ctxOf(request, deps), request.params.id, request.params.membershipId, request.body),
  );
  app.post(
    '/api/temporary-branches/:id/election',
    { schema: { tags, summary: '记录选举结果', params: idParam, body: electionBody, response: { 200: temporaryBranchDetail, ...errors } } },
    (request) => roll.recordElection(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/temporary-branches/:id/dissolve',
    { schema: { tags, summary: '撤销临时党支部', params: idParam, body: dissolveBody, response: { 200: temporaryBranchDetail, ...errors } } },
    (request) => roll.dissolveBranch(ctxOf(request, deps), request.params.id, request.body),
  );
}

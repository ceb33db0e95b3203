import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  cadreMemberships,
  cadreMembershipsQuery,
  candidateList,
  candidateQuery,
  membershipBody,
  membershipParams,
  membershipPatchBody,
  membershipView,
  partyOrgBody,
  partyOrgDetail,
  partyOrgExportQuery,
  partyOrgList,
  partyOrgListQuery,
} from '../../../contracts/party-orgs.ts';
import * as orgs from './party-orgs.service.ts';
import * as members from './party-members.service.ts';
import { exportPartyOrgs } from './party-orgs-export.service.ts';
import { temporaryBranchRoutes } from './temporary-branches.routes.ts';

const tags = ['party-orgs 党组织'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function partyOrgRoutes(app: ZodApp, deps: AppDeps): void {
  temporaryBranchRoutes(app, deps);
  app.get(
    '/api/party-orgs',
    { schema: { tags, summary: '党组织列表', querystring: partyOrgListQuery, response: { 200: partyOrgList, ...errors } } },
    (request) => orgs.listPartyOrgs(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/party-orgs/export',
    { schema: { tags, summary: '导出党组织列表（Excel）', querystring: partyOrgExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportPartyOrgs(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.get(
    '/api/party-orgs/memberships',
    { schema: { tags, summary: '党员的组织关系与临时党支部', querystring: cadreMembershipsQuery, response: { 200: cadreMemberships, ...errors } } },
    (request) => members.cadreMemberships(ctxOf(request, deps), request.query.cadreId),
  );
  app.get('/api/party-orgs/:id', { schema: { tags, summary: '党组织详情及党员', params: idParam, response: { 200: partyOrgDetail, ...errors } } }, (request) =>
    orgs.getPartyOrg(ctxOf(request, deps), request.params.id),
  );
  app.post(
    '/api/party-orgs',
    { schema: { tags, summary: '设立党组织', body: partyOrgBody, response: { 201: partyOrgDetail, ...errors } } },
    async (request, reply) => {
      const view = await orgs.createPartyOrg(ctxOf(request, deps), request.body);
      return reply.status(201).send(view);
    },
  );
  app.put(
    '/api/party-orgs/:id',
    { schema: { tags, summary: '修改党组织', params: idParam, body: partyOrgBody, response: { 200: partyOrgDetail, ...errors } } },
    (request) => orgs.updatePartyOrg(ctxOf(request, deps), request.params.id, request.body),
  );
  app.get(
    '/api/party-orgs/:id/candidates',
    { schema: { tags, summary: '可加入本党组织的党员', params: idParam, querystring: candidateQuery, response: { 200: candidateList, ...errors } } },
    (request) => members.listCandidates(ctxOf(request, deps), request.params.id, request.query),
  );
  app.post(
    '/api/party-orgs/:id/members',
    { schema: { tags, summary: '增加党员（组织关系或临时党员）', params: idParam, body: membershipBody, response: { 201: membershipView, ...errors } } },
    async (request, reply) => {
      const view = await members.addMember(ctxOf(request, deps), request.params.id, request.body);
      return reply.status(201).send(view);
    },
  );
  app.patch(
    '/api/party-orgs/:id/members/:membershipId',
    { schema: { tags, summary: '调整党内职务或登记离开', params: membershipParams, body: membershipPatchBody, response: { 200: membershipView, ...errors } } },
    (request) => members.changeMember(ctxOf(request, deps), request.params.id, request.params.membershipId, request.body),
  );
}

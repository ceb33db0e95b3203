import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import {
  branchBody,
  branchList,
  branchQuery,
  campaignBody,
  campaignEntryParam,
  campaignList,
  campaignListQuery,
  campaignStatusBody,
  campaignTaskBody,
  campaignTaskList,
  campaignTaskParam,
  campaignTaskView,
  campaignUnitParam,
  campaignView,
  doneBody,
  ledgerEntryBody,
  ledgerEntryView,
  ledgerExportQuery,
  ledgerList,
  ledgerListQuery,
  targetList,
  targetQuery,
  targetRow,
  targetsBody,
  taskExportQuery,
  taskListQuery,
} from '../../../contracts/campaigns.ts';
import * as campaigns from './campaigns.service.ts';
import * as tasks from './campaign-tasks.service.ts';
import * as ledger from './campaign-ledger.service.ts';

const tags = ['campaigns 结对帮扶行动'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function campaignRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/campaigns', { schema: { tags, summary: '结对帮扶行动列表', querystring: campaignListQuery, response: { 200: campaignList, ...errors } } }, (request) =>
    campaigns.listCampaigns(ctxOf(request, deps), request.query),
  );
  app.post('/api/campaigns', { schema: { tags, summary: '发起结对帮扶行动（筹备中）', body: campaignBody, response: { 201: campaignView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await campaigns.createCampaign(ctxOf(request, deps), request.body)),
  );
  app.get('/api/campaigns/:id', { schema: { tags, summary: '行动概况', params: idParam, response: { 200: campaignView, ...errors } } }, (request) =>
    campaigns.getCampaign(ctxOf(request, deps), request.params.id),
  );
  app.put('/api/campaigns/:id', { schema: { tags, summary: '修改行动（名称、年度、帮扶行动、日期、考核办法）', params: idParam, body: campaignBody, response: { 200: campaignView, ...errors } } }, (request) =>
    campaigns.updateCampaign(ctxOf(request, deps), request.params.id, request.body),
  );
  app.post(
    '/api/campaigns/:id/status',
    { schema: { tags, summary: '行动状态：筹备中 → 进行中 → 已结束', params: idParam, body: campaignStatusBody, response: { 200: campaignView, ...errors } } },
    (request) => campaigns.setCampaignStatus(ctxOf(request, deps), request.params.id, request.body.status),
  );

  app.get('/api/campaigns/:id/targets', { schema: { tags, summary: '任务分配方案：各单位五项目标', params: idParam, querystring: targetQuery, response: { 200: targetList, ...errors } } }, (request) =>
    campaigns.listTargets(ctxOf(request, deps), request.params.id, request.query),
  );
  app.get('/api/campaigns/:id/targets/export', { schema: { tags, summary: '导出任务分配方案（Excel）', params: idParam, querystring: targetQuery, response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const file = await campaigns.exportTargets(ctxOf(request, deps), request.params.id, request.query);
    return sendXlsx(reply, file.fileName, file.body);
  });
  app.put(
    '/api/campaigns/:id/targets/:unitId',
    { schema: { tags, summary: '设置一个单位的各项目标（未列出的帮扶行动无目标）', params: campaignUnitParam, body: targetsBody, response: { 200: targetRow, ...errors } } },
    (request) => campaigns.putTargets(ctxOf(request, deps), request.params.id, request.params.unitId, request.body),
  );
  app.delete(
    '/api/campaigns/:id/targets/:unitId',
    { schema: { tags, summary: '将单位移出分配方案（尚无任务和台账时）', params: campaignUnitParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await campaigns.deleteTargets(ctxOf(request, deps), request.params.id, request.params.unitId);
      return reply.status(204).send(null);
    },
  );
  app.get('/api/campaigns/:id/branches', { schema: { tags, summary: '单位的机关支部（供选择）', params: idParam, querystring: branchQuery, response: { 200: branchList, ...errors } } }, (request) =>
    campaigns.listBranches(ctxOf(request, deps), request.params.id, request.query.unitId),
  );

  app.get('/api/campaigns/:id/tasks', { schema: { tags, summary: '帮扶任务列表', params: idParam, querystring: taskListQuery, response: { 200: campaignTaskList, ...errors } } }, (request) =>
    tasks.listTasks(ctxOf(request, deps), request.params.id, request.query),
  );
  app.get('/api/campaigns/:id/tasks/export', { schema: { tags, summary: '导出帮扶任务（Excel）', params: idParam, querystring: taskExportQuery, response: { 200: xlsx, ...errors } } }, async (request, reply) => {
    const file = await tasks.exportTasks(ctxOf(request, deps), request.params.id, request.query);
    return sendXlsx(reply, file.fileName, file.body);
  });
  app.post('/api/campaigns/:id/tasks', { schema: { tags, summary: '新建帮扶任务（待认领）', params: idParam, body: campaignTaskBody, response: { 201: campaignTaskView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await tasks.createTask(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.post(
    '/api/campaigns/:id/tasks/:taskId/claim',
    { schema: { tags, summary: '支部认领任务', params: campaignTaskParam, body: branchBody, response: { 200: campaignTaskView, ...errors } } },
    (request) => tasks.claimTask(ctxOf(request, deps), request.params.id, request.params.taskId, request.body.branchId),
  );
  app.post(
    '/api/campaigns/:id/tasks/:taskId/assign',
    { schema: { tags, summary: '机关党委将任务分配给支部', params: campaignTaskParam, body: branchBody, response: { 200: campaignTaskView, ...errors } } },
    (request) => tasks.assignTask(ctxOf(request, deps), request.params.id, request.params.taskId, request.body.branchId),
  );
  app.post(
    '/api/campaigns/:id/tasks/:taskId/done',
    { schema: { tags, summary: '任务完成', params: campaignTaskParam, body: doneBody, response: { 200: campaignTaskView, ...errors } } },
    (request) => tasks.finishTask(ctxOf(request, deps), request.params.id, request.params.taskId, request.body.doneOn),
  );

  app.get('/api/campaigns/:id/ledger', { schema: { tags, summary: '工作情况登记台账', params: idParam, querystring: ledgerListQuery, response: { 200: ledgerList, ...errors } } }, (request) =>
    ledger.listLedger(ctxOf(request, deps), request.params.id, request.query),
  );
  app.get(
    '/api/campaigns/:id/ledger/export',
    { schema: { tags, summary: '导出《“五千行动”工作情况登记台账》（Excel）', params: idParam, querystring: ledgerExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await ledger.exportLedger(ctxOf(request, deps), request.params.id, request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post('/api/campaigns/:id/ledger', { schema: { tags, summary: '登记一条台账', params: idParam, body: ledgerEntryBody, response: { 201: ledgerEntryView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await ledger.createEntry(ctxOf(request, deps), request.params.id, request.body)),
  );
  app.put(
    '/api/campaigns/:id/ledger/:entryId',
    { schema: { tags, summary: '修改台账记录', params: campaignEntryParam, body: ledgerEntryBody, response: { 200: ledgerEntryView, ...errors } } },
    (request) => ledger.updateEntry(ctxOf(request, deps), request.params.id, request.params.entryId, request.body),
  );
  app.delete(
    '/api/campaigns/:id/ledger/:entryId',
    { schema: { tags, summary: '删除台账记录', params: campaignEntryParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await ledger.deleteEntry(ctxOf(request, deps), request.params.id, request.params.entryId);
      return reply.status(204).send(null);
    },
  );
}

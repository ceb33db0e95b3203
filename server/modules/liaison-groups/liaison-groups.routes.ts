import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { liaisonGroupBody, liaisonGroupDetail, liaisonGroupExportQuery, liaisonGroupList, liaisonGroupListQuery } from '../../../contracts/liaison-groups.ts';
import * as service from './liaison-groups.service.ts';
import { exportGroups } from './liaison-groups-export.service.ts';

const tags = ['liaison-groups 联络小组'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export function liaisonGroupsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/liaison-groups',
    {
      schema: {
        tags,
        summary: '联络小组列表：辖区内的小组，及本辖区工作队所在的上级小组',
        querystring: liaisonGroupListQuery,
        response: { 200: liaisonGroupList, ...errors },
      },
    },
    (request) => service.listLiaisonGroups(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/liaison-groups/export',
    {
      schema: {
        tags,
        summary: '导出联络小组（Excel），每个小组一行，含成员工作队及联络人姓名',
        querystring: liaisonGroupExportQuery,
        response: { 200: xlsx, ...errors },
      },
    },
    async (request, reply) => {
      const file = await exportGroups(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/liaison-groups',
    { schema: { tags, summary: '新建联络小组或联络交流群（默认属本辖区）', body: liaisonGroupBody, response: { 201: liaisonGroupDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createLiaisonGroup(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/liaison-groups/:id',
    { schema: { tags, summary: '联络小组详情：成员工作队、分工、联络人与成立会议', params: idParam, response: { 200: liaisonGroupDetail, ...errors } } },
    (request) => service.getLiaisonGroup(ctxOf(request, deps), request.params.id),
  );
  app.put(
    '/api/liaison-groups/:id',
    { schema: { tags, summary: '修改联络小组（成员工作队整体替换）', params: idParam, body: liaisonGroupBody, response: { 200: liaisonGroupDetail, ...errors } } },
    (request) => service.updateLiaisonGroup(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/liaison-groups/:id',
    { schema: { tags, summary: '删除联络小组', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteLiaisonGroup(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
}

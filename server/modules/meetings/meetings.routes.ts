import { z } from 'zod';
import type { ZodApp } from '../../platform/http/request-context.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { sendXlsx, xlsxResponse as xlsx } from '../../platform/http/send-xlsx.ts';
import { errorBody, idParam } from '../../../contracts/common.ts';
import { meetingBody, meetingDetail, meetingExportQuery, meetingList, meetingListQuery } from '../../../contracts/meetings.ts';
import * as service from './meetings.service.ts';
import { exportMeetings } from './meetings-export.service.ts';

const tags = ['meetings 会议记录'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export function meetingsRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/meetings',
    { schema: { tags, summary: '会议记录列表：辖区内的会议，以及本辖区工作队参加过的上级会议', querystring: meetingListQuery, response: { 200: meetingList, ...errors } } },
    (request) => service.listMeetings(ctxOf(request, deps), request.query),
  );
  app.get(
    '/api/meetings/export',
    { schema: { tags, summary: '导出会议记录列表（Excel），筛选条件同列表', querystring: meetingExportQuery, response: { 200: xlsx, ...errors } } },
    async (request, reply) => {
      const file = await exportMeetings(ctxOf(request, deps), request.query);
      return sendXlsx(reply, file.fileName, file.body);
    },
  );
  app.post(
    '/api/meetings',
    { schema: { tags, summary: '登记会议记录（默认为本辖区的会议）', body: meetingBody, response: { 201: meetingDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createMeeting(ctxOf(request, deps), request.body)),
  );
  app.get(
    '/api/meetings/:id',
    { schema: { tags, summary: '会议详情：议题、纪要、成果、参会工作队及会上成立的联络组', params: idParam, response: { 200: meetingDetail, ...errors } } },
    (request) => service.getMeeting(ctxOf(request, deps), request.params.id),
  );
  app.put(
    '/api/meetings/:id',
    { schema: { tags, summary: '修改会议记录（参会工作队整体替换）', params: idParam, body: meetingBody, response: { 200: meetingDetail, ...errors } } },
    (request) => service.updateMeeting(ctxOf(request, deps), request.params.id, request.body),
  );
  app.delete(
    '/api/meetings/:id',
    { schema: { tags, summary: '删除会议记录', params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.deleteMeeting(ctxOf(request, deps), request.params.id);
      return reply.status(204).send(null);
    },
  );
}

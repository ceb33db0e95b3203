import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { materialIssueBody, trainingSessionBody } from '../../../contracts/trainings.ts';
import { ApiError } from '../../platform/api.ts';
import { blankValues, formValuesOf, toSessionBody } from './training-form.tsx';
import { toIssueBody } from './issue-modal.tsx';
import { toPickerFields } from './attendee-modal.tsx';

describe('training form values', () => {
  test('become a body the contract accepts, blank place and note as null', () => {
    const body = toSessionBody({
      level: 'county_org',
      stage: 'pre_dispatch',
      divisionCode: '530326000000',
      topic: ' 驻村扶贫工作队动员培训 ',
      hours: 3.5,
      heldOn: dayjs('2018-03-15'),
      place: '  ',
      note: null,
    });
    expect(body).toEqual({
      level: 'county_org',
      stage: 'pre_dispatch',
      divisionCode: '530326000000',
      topic: '驻村扶贫工作队动员培训',
      hours: 3.5,
      heldOn: '2018-03-15',
      place: null,
      note: null,
    });
    expect(trainingSessionBody.safeParse(body).success).toBe(true);
  });

  test('an edited session fills the form back', () => {
    const values = formValuesOf({
      id: 's',
      divisionCode: '530326102000',
      divisionName: '娜姑镇',
      level: 'township',
      stage: 'in_post',
      topic: '群众工作方法',
      hours: 2,
      heldOn: '2024-05-06',
      place: null,
      note: null,
      attendeeCount: 0,
      attendedCount: 0,
      createdAt: '2024-05-06T00:00:00Z',
      attendees: [],
      hiddenAttendees: 0,
      abilities: { update: true },
    });
    expect(values.level).toBe('township');
    expect(values.heldOn?.format('YYYY-MM-DD')).toBe('2024-05-06');
  });

  test('a new session starts at the level of the account region', () => {
    const today = dayjs('2024-05-06');
    expect(blankValues('530326000000', today)).toMatchObject({ level: 'county_org', divisionCode: '530326000000' });
    expect(blankValues('530326102000', today)).toMatchObject({ level: 'township', divisionCode: '530326102000' });
    expect(blankValues('530326102204', today)).toMatchObject({ level: 'village', divisionCode: '530326102204' });
    expect(blankValues('530300000000', today)).toMatchObject({ level: 'county_org', divisionCode: null });
    expect(blankValues(null, today).divisionCode).toBeNull();
  });
});

describe('issue form values', () => {
  test('no member means the whole team; a plate never names one', () => {
    const teamId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';
    const cadreId = '1c2d5e8f-9b66-4e66-8e4f-3b7a6d2f0c21';
    const cards = toIssueBody({ teamId, kind: 'card', quantity: 1, issuedOn: dayjs('2018-04-01') });
    expect(cards).toEqual({ teamId, kind: 'card', cadreId: null, quantity: 1, issuedOn: '2018-04-01', note: null });
    expect(materialIssueBody.safeParse(cards).success).toBe(true);
    expect(toIssueBody({ teamId, kind: 'plate', cadreId, issuedOn: dayjs('2018-04-01') }).cadreId).toBeNull();
    expect(toIssueBody({ teamId, kind: 'diary', cadreId, issuedOn: dayjs('2018-04-01'), note: ' 补发 ' })).toMatchObject({ cadreId, note: '补发' });
  });

  test('a refused cadre by index lands on the picker', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '有误', [{ path: 'cadreIds.2', message: '干部不存在或不在管辖范围内' }]);
    expect((toPickerFields(error) as ApiError).fields?.map((f) => f.path)).toEqual(['cadreIds']);
  });
});

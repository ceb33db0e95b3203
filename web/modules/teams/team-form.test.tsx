import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { teamCreateBody } from '../../../contracts/teams.ts';
import { ApiError } from '../../platform/api.ts';
import { formValuesOf, toTeamBody } from './team-form.tsx';
import { toFormFields } from './use-team-write.ts';

describe('team form values', () => {
  test('become a body the contract accepts, dates as YYYY-MM-DD and blank note as null', () => {
    const body = toTeamBody({
      name: ' 省农科院驻拖车村工作队 ',
      villageCodes: ['530326102204', '530326102205'],
      units: [{ unitId: '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10', isLead: true }, { unitId: '1c2d5e8f-9b66-4e66-8e4f-3b7a6d2f0c21' }],
      termStart: dayjs('2024-03-01'),
      termEnd: null,
      note: '  ',
      members: [{ cadreId: '2d3e6f9a-ac77-4f77-9f5a-4c8b7e3a1d32', role: 'leader_first_secretary', joinedOn: null }],
    });
    expect(body).toEqual({
      name: '省农科院驻拖车村工作队',
      villageCodes: ['530326102204', '530326102205'],
      units: [
        { unitId: '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10', isLead: true },
        { unitId: '1c2d5e8f-9b66-4e66-8e4f-3b7a6d2f0c21', isLead: false },
      ],
      termStart: '2024-03-01',
      termEnd: null,
      note: null,
      members: [{ cadreId: '2d3e6f9a-ac77-4f77-9f5a-4c8b7e3a1d32', role: 'leader_first_secretary' }],
    });
    expect(teamCreateBody.safeParse(body).success).toBe(true);
  });

  test('an edited team fills the form back', () => {
    const values = formValuesOf({
      id: 't',
      name: '工作队',
      divisionCode: '530326102204',
      villages: [{ code: '530326102204', name: '拖车村', path: null }],
      units: [{ id: 'u', name: '单位', isLead: true }],
      leaderName: null,
      memberCount: 0,
      termStart: '2024-03-01',
      termEnd: '2026-02-28',
      status: 'active',
      createdAt: '2024-03-01T00:00:00Z',
      note: null,
      members: [],
      abilities: { update: true, manageMembers: true, export: true },
    });
    expect(values.villageCodes).toEqual(['530326102204']);
    expect(values.units).toEqual([{ unitId: 'u', isLead: true }]);
    expect(values.termEnd?.format('YYYY-MM-DD')).toBe('2026-02-28');
  });

  test('a village error by index lands on the villages field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '有误', [
      { path: 'villageCodes.1', message: '驻村村庄须在本辖区内' },
      { path: 'members.0.cadreId', message: '该干部已在「甲」驻村' },
    ]);
    const mapped = toFormFields(error) as ApiError;
    expect(mapped.fields?.map((f) => f.path)).toEqual(['villageCodes', 'members.0.cadreId']);
  });
});

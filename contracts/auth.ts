import { z } from 'zod';

export const loginBody = z.object({
  username: z.string().trim().min(1, { message: '请输入用户名' }).max(64),
  password: z.string().min(1, { message: '请输入密码' }).max(128),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, { message: '请输入当前密码' }),
  newPassword: z.string().min(1, { message: '请输入新密码' }).max(128),
});

export const meResponse = z.object({
  accountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  abilities: z.array(z.string()),
  scope: z.object({
    divisionCode: z.string().nullable(),
    divisionCodes: z.array(z.string()),
    divisionName: z.string().nullable(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    national: z.boolean(),
  }),
  cadreId: z.string().nullable(),
  csrfToken: z.string(),
  passwordChangeRequired: z.boolean(),
  passwordPolicy: z.object({ minLength: z.number(), minClasses: z.number(), maxAgeDays: z.number() }),
});
export type Me = z.infer<typeof meResponse>;

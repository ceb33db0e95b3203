import type { Rule } from 'antd/es/form';
import type { z } from 'zod';

/** The first message zod gives for one value, or null when it passes. */
export function zodMessage(schema: z.ZodType, value: unknown): string | null {
  if (value === undefined || value === null) {
    if (schema.safeParse(value).success) return null;
    // An untouched input means "empty": judge it as '' so the field's own wording ("至少 2 个字") shows,
    // not zod's type complaint about undefined.
    const asEmpty = schema.safeParse('');
    if (!asEmpty.success) return asEmpty.error.issues[0]?.message ?? null;
    return schema.safeParse(value).error?.issues[0]?.message ?? null;
  }
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? null);
}

/**
 * antd rules from a contract's zod object, so the form checks exactly what the server checks:
 * `const rules = zodRules(unitBody); <Form.Item name="name" rules={rules('name')}>`.
 */
export function zodRules<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
): (field: keyof Shape & string, emptyMessage?: string) => Rule[] {
  // emptyMessage: a picker left empty reads better as "请选择…" than as the contract's format rule.
  return (field, emptyMessage) => {
    const fieldSchema = schema.shape[field] as unknown as z.ZodType | undefined;
    if (!fieldSchema) throw new Error(`no field ${field} in the contract`);
    const required = !fieldSchema.safeParse(undefined).success;
    return [
      {
        required,
        validator: async (_rule, value: unknown) => {
          const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
          if (required && empty && emptyMessage) throw new Error(emptyMessage);
          const message = zodMessage(fieldSchema, value === '' && !required ? undefined : value);
          if (message) throw new Error(message);
        },
      },
    ];
  };
}

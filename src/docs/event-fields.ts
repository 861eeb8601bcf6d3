import type * as z from 'zod';

/** One payload field of an event: its name and whether the event must carry it. */
export interface EventField {
  readonly name: string;
  readonly required: boolean;
}

/**
 * The payload fields of each event type of a discriminated-union event schema (`type` left
 * out), in declaration order: what the generated procedure pages list.
 *
 * @example
 * eventFields(parkingEventSchema).get('PAY_FEE') // [{ name: 'at', required: true }, { name: 'receiptNo', required: true }]
 */
export function eventFields(schema: z.ZodType): Map<string, EventField[]> {
  const out = new Map<string, EventField[]>();
  const options = (schema as unknown as { options?: readonly z.ZodType[] }).options ?? [schema];
  for (const option of options) {
    const shape = (option as unknown as { shape?: Record<string, z.ZodType> }).shape;
    if (!shape) continue;
    const literal = (shape['type'] as unknown as { value?: unknown } | undefined)?.value;
    if (typeof literal !== 'string') continue;
    const fields = Object.entries(shape)
      .filter(([name]) => name !== 'type')
      .map(([name, field]) => ({ name, required: !field.safeParse(undefined).success }));
    out.set(literal, fields);
  }
  return out;
}

// The JSON Schema of the calendar data file (calendar-data-file.ts), kept apart so that the
// calendar bundle does not carry it: the docs write it to docs/schemas/calendar-data.schema.json.
import { CALENDAR_DATA_FORMAT } from './calendar-data-file';

const NAME = {
  type: 'object',
  additionalProperties: false,
  required: ['zh-CN', 'en'],
  properties: { 'zh-CN': { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};
const DAYS = { type: 'object', propertyNames: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, additionalProperties: NAME };

/**
 * The JSON Schema (draft 2020-12) of the calendar data file, for hosts in other stacks.
 * (A date must also be real, and a day cannot be both off and working: checked by
 * `readCalendarDataFile`.)
 *
 * @example
 * CALENDAR_DATA_JSON_SCHEMA.properties.format.const // 'wuye-rules/calendar-data@1'
 */
export const CALENDAR_DATA_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://wuye-rules.dev/schemas/calendar-data.schema.json',
  title: 'wuye-rules calendar data file (放假安排)',
  description:
    'One or more years of the Chinese business calendar: days off (holidays) and 调休 make-up working days (workdays), keyed YYYY-MM-DD, with the State Council notices they come from. Weekends are days off and Monday–Friday working days unless listed. Written by `wuye-rules calendar import notice.txt`; read by extendCalendar.',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'years', 'sources', 'holidays', 'workdays'],
  properties: {
    format: { const: CALENDAR_DATA_FORMAT },
    years: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1949, maximum: 2200 }, description: 'The years the file covers in full.' },
    sources: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['year', 'title'],
        properties: {
          year: { type: 'integer' },
          title: { type: 'string', minLength: 1, description: '国务院办公厅关于XXXX年部分节假日安排的通知' },
          documentNo: { type: 'string', minLength: 1, description: '文号, e.g. 国办发明电〔2025〕7号' },
          issued: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
      },
    },
    holidays: { ...DAYS, description: 'Days off, with the holiday they belong to.' },
    workdays: { ...DAYS, description: '调休 make-up working days (usually a weekend day), with the holiday they belong to.' },
  },
} as const;

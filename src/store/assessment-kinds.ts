import type * as z from 'zod/mini';
import { attemptSchema, plannedActionSchema } from '../schemas/assessment-records';
import type { RecordKind } from './kinds';

/** Self-assessment attempts, finished and unfinished. Id: time-ordered, made when the first answer is given. */
export const attemptKind: RecordKind<z.infer<typeof attemptSchema>> = {
  label: 'Self-assessment',
  prefix: 'rf:assessment:',
  version: 1,
  schema: attemptSchema,
  migrations: {},
};

/** Actions chosen for the next 30 days. Id: `<habit id>:<action id>` from the self-assessment. */
export const actionKind: RecordKind<z.infer<typeof plannedActionSchema>> = {
  label: '30-day actions',
  prefix: 'rf:action:',
  version: 1,
  schema: plannedActionSchema,
  migrations: {},
};

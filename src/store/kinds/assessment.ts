import { attemptSchema, plannedActionSchema } from '../../schemas/assessment-records';
import { defineKind } from './define';

/** The self-assessment's records (see `src/schemas/assessment-records.ts`). */

/** Attempts, finished and unfinished. Id: time-ordered, made when the first answer is given. */
export const attemptKind = defineKind('assessment', { label: 'Self-assessment', schema: attemptSchema });

/** Actions chosen for the next 30 days. Id: `<habit id>:<action id>` from the self-assessment. */
export const actionKind = defineKind('action', { label: '30-day actions', schema: plannedActionSchema });

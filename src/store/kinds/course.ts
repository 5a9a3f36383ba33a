import { appMetaSchema, lessonProgressSchema, reflectionSchema } from '../../schemas/stored';
import { defineKind } from './define';

/** The course's own records (every page may read them; see `src/schemas/stored.ts`). */

/** Lesson progress: completion, self-check answers, last visit. Id: lesson id. */
export const lessonKind = defineKind('lesson', { label: 'Lesson progress', schema: lessonProgressSchema });

/** Reflection answers. Id: `<lessonId>:<promptId>`. */
export const reflectionKind = defineKind('reflection', { label: 'Reflections', schema: reflectionSchema });

/** App metadata (last export, persistence). Id: `app`. */
export const metaKind = defineKind('meta', { label: 'Settings', schema: appMetaSchema });

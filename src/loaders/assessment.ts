import { getCollection } from 'astro:content';
import { type AssessmentData, buildAssessment } from '../domain/assessment';
import { loadCourse } from './course';

/**
 * The self-assessment as its pages, My progress, the paper version and the workshop's room
 * profile need it, read from the content collections at build time.
 */

/** Routes of the self-assessment. */
export const ASSESSMENT_PATHS = {
  take: '/assessment/',
  result: '/assessment/result/',
  print: '/assessment/print/',
  share: '/assessment/share-code/',
} as const;

/** The assessment built from `content/assessment/` and the lessons (fails the build on inconsistent content). */
export async function loadAssessment(): Promise<AssessmentData> {
  return buildAssessment({
    dimensions: await getCollection('assessmentDimensions'),
    statements: await getCollection('assessmentStatements'),
    lessons: (await loadCourse()).lessons,
  });
}

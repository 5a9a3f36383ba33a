import { getCollection } from 'astro:content';
import { loadCourse } from '../../collections/course';
import { type AssessmentData, buildAssessment } from '../../domain/assessment';

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

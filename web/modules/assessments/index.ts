export { CadreAssessmentGrades } from './cadre-assessment-grades.tsx';

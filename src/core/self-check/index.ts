/**
 * The self-check's public surface (合规自查): model, questionnaire selection, report and law-change detection.
 */
export * from './model.js';
export { appliesTo, describeApplicability } from './applicability.js';
export { applicableRequirements, defaultIndex, describeRequirement, requirementInForce } from './select.js';
export { answerValue, selfCheckReport, type SelfCheckInput } from './report.js';
export { changedSince, fingerprint, fingerprintsOf, type ChangedSinceOptions } from './changes.js';
export { ALL_REQUIREMENTS, requirementById } from './requirements/index.js';
export { enforcingRules } from './enforcing.js';
export { precedentRanker, rankPrecedents, PRECEDENTS_PER_GAP } from './precedents.js';
export { sanctionLabel } from './labels.js';

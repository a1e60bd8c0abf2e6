/** The applied rules the stores get in tests: the real legality check's, as the server hands them. */
import { appliedRules } from '../../law-data/applied.js';
import { createChecker } from '../../law-data/checker.js';

export const testAppliedOf = appliedRules(createChecker());

// Moved to ../support/ta-lib-zero.ts. This re-export only keeps files outside indicators/ that still
// import the old path compiling (agents/features/program/*); delete it once they import from support/.
export { TA_LIB_EPSILON, isTaLibZero } from '../support/ta-lib-zero.js';

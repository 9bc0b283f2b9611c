/** What the green family offers its registry specs and the rest of the add-in. */
export { DDF_DIRECTIONS, DISPOSABILITIES, SBM_ORIENTATIONS, SBM_RTS } from './green-data';

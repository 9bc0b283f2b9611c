/**
 * What the productivity family offers other families (the green family's
 * slacks-based models and Malmquist–Luenberger index build on it): the DEA
 * data rule and option parsing, the column scaling of the linear programmes,
 * the long-panel reader, the peer labels of the reports, and how messages name a unit.
 */
export {
  checkDeaDomain,
  columnScales,
  degenerateUnit,
  pick,
  screenUnits,
  type ScreenedUnits,
  DEA_ORIENTATIONS,
  DEA_RTS,
  MAX_DEA_UNITS,
  parseOrientation,
  parseRts,
  PEER_TOLERANCE,
  readMatrix,
  snapToOne,
  type Orientation,
  type Rts,
} from './dea-model';
export { formatWeight, labelWho, unitLabels } from './dea-details';
export { MAX_PANEL_ROWS, readLongPanel, showUnit, type LongPanel, type UnitId } from './long-panel';
export { whoEn, type Who } from './messages';

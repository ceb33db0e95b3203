/**
 * Only the audit administrator reads the trail (三员分立, MLPS level 3): the system and security
 * administrators whose work it records cannot read or export it.
 */
export const auditEventPermissions = ['audit_events.read', 'audit_events.export'] as const;

/** An export is held in memory as one workbook; beyond this the caller narrows the range. */
export const AUDIT_EXPORT_LIMIT = 100_000;

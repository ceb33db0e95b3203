/** Reading the figures of a region; the region itself must lie in the caller's scope (the service checks). */
export const dutyStatsPermissions = ['dutyStats.read'] as const;

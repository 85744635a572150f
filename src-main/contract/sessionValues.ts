// The allowed values of a session's fields, with no zod: the renderer's first screen (the sessions page and its
// form) needs them, and importing a contract file there would load zod and build every schema before it shows.
export const sessionStatuses = ['planned', 'held', 'cancelled'] as const
export const sessionAudiences = ['general', 'elderly', 'students', 'enterprise', 'other'] as const
export const activityTypes = ['talk', 'door_to_door', 'shops', 'stall', 'elderly_class', 'other'] as const

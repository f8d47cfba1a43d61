/** Where shipping zones live in the API: every operation of the resource builds its path here. */
export const zonesPath = 'shipping/zones';
export const zonePath = (zoneId: number | string) => `${zonesPath}/${zoneId}`;
export const zoneLocationsPath = (zoneId: number | string) => `${zonePath(zoneId)}/locations`;
export const zoneMethodsPath = (zoneId: number | string, instanceId?: number | string) =>
	instanceId === undefined ? `${zonePath(zoneId)}/methods` : `${zonePath(zoneId)}/methods/${instanceId}`;

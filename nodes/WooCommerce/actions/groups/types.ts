/** A resource as the node lists it: its parameter value, display name and module. */
export interface ResourceEntry {
	value: string;
	name: string;
	/** The `<Resource>.resource.ts` module: its operations plus `description`. */
	module: object;
}

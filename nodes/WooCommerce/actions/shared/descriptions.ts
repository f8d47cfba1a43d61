/**
 * Parameter descriptions shared by operations: display options, the Operation property, Fields/Options collections, batch options.
 */
import { type INodeProperties } from 'n8n-workflow';

import { batchConcurrencyOption, extraFieldsJson, fieldsOption } from '../../descriptions/common.descriptions';
import { type LabelledOperation, OperationOption, ResourceConfig } from './contract';

/**
 * Orders labels the way n8n lists them (case-insensitive, then as written). Plain comparison, not localeCompare:
 * its first call builds an ICU collator, which cost about 6 ms of n8n's start (`npm run bench:load`).
 */
export function byLabel(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	if (x !== y) return x < y ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Scopes an operation's parameters to its resource and operation. */
export function showFor(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** Like showFor, with the resource's parent parameters (e.g. the product of a variation) first. */
export function show(config: ResourceConfig, operation: string, properties: INodeProperties[]) {
	return showFor(config.resource, operation, [...(config.parentParameters ?? []), ...properties]);
}

/** Options > Fields, the only option of a single-record read. */
export const optionsWithFields: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [fieldsOption],
};

/** An "Additional Fields" / "Update Fields" collection with the JSON escape hatch, options sorted by name. */
export function fieldsCollection(name: string, displayName: string, fields: INodeProperties[]): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...fields, extraFieldsJson].sort((a, b) => byLabel(a.displayName, b.displayName)),
	};
}

/** The Operation selector of a resource, options sorted by name like n8n lists them. */
export function operationProperty(resource: string, options: OperationOption[], defaultOperation: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...options].sort((a, b) => byLabel(a.name, b.name)),
		default: defaultOperation,
	};
}


/** Options > Batch Concurrency, shown by every operation that writes in batch requests. */
export const batchOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [batchConcurrencyOption],
};

/** A community package keeps its own copy of nodes-base's helper: it scopes an operation's parameters to it. */
export function updateDisplayOptions(
	displayOptions: { show: Record<string, string[]> },
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...displayOptions.show, ...(property.displayOptions?.show ?? {}) },
		},
	}));
}

export const keyValueSettingsField = (description: string, placeholder: string): INodeProperties => ({
	displayName: 'Settings',
	name: 'settings',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Setting',
	description,
	options: [
		{
			displayName: 'Setting',
			name: 'values',
			values: [
				{
					displayName: 'Key',
					name: 'key',
					type: 'string',
					default: '',
					placeholder,
					description: 'ID of the setting, as in the "settings" map of the API object',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
});

/**
 * A resource's parameters from its operations map: the Operation list (each module's label, its key as the value,
 * sorted by name) and every operation's own parameters. Adding an operation is its file and one line in the map.
 */
export function resourceDescription(
	resource: string,
	operations: Record<string, LabelledOperation>,
	defaultOperation: string,
): INodeProperties[] {
	const options = Object.entries(operations).map(([value, module]) => ({ ...module.option, value }));
	return [operationProperty(resource, options, defaultOperation), ...Object.values(operations).flatMap((module) => module.description)];
}

import type { INodeProperties } from 'n8n-workflow';

import * as custom from './custom/Custom.resource';
import { productResources } from './groups/products';
import { salesResources } from './groups/sales';
import { configurationResources } from './groups/configuration';
import type { ResourceEntry, ResourceModule } from './groups/types';
import { byLabel } from './shared/descriptions';

/** Every resource, alphabetical, with Custom API Call last. Adding one is a line in its group file. */
export const resourceList: ResourceEntry[] = [
	...[...productResources, ...salesResources, ...configurationResources].sort((a, b) => byLabel(a.name, b.name)),
	{ value: 'custom', name: 'Custom API Call', module: custom },
];

export const resources: Record<string, ResourceModule> = Object.fromEntries(
	resourceList.map((entry) => [entry.value, entry.module]),
);

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: resourceList.map(({ name, value }) => ({ name, value })),
	default: 'product',
};

export const resourceProperties: INodeProperties[] = resourceList.flatMap(
	(entry) => entry.module.description,
);

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The canvas subtitle as users read the node, e.g. "Get Many: Order". The editor evaluates it with only the node's
 * parameters at hand, so the display names of every resource and operation travel inside the expression.
 */
export function operationSubtitle(resource: INodeProperties, properties: INodeProperties[]): string {
	const labels: Record<string, string> = {};
	for (const { name: resourceName, value: resourceValue } of resource.options as INodePropertyOptions[]) {
		const operation = properties.find(
			(property) =>
				property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resourceValue),
		);
		for (const { name, value } of (operation?.options ?? []) as INodePropertyOptions[]) {
			// "Custom API Call", not "Custom API Call: Custom API Call".
			labels[`${resourceValue}.${value}`] = name === resourceName ? name : `${name}: ${resourceName}`;
		}
	}
	return `={{ ${JSON.stringify(labels)}[$parameter["resource"] + "." + $parameter["operation"]] }}`;
}

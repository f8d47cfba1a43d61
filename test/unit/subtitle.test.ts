import type { INode, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { WooCommerce } from '../../nodes/WooCommerce/WooCommerce.node';

const description = new WooCommerce().description;

/** The subtitle as the editor shows it: the expression evaluated against a node with these parameters. */
function subtitleFor(resource: string, operation: string): unknown {
	const node: INode = {
		id: 'woo',
		name: 'WooCommerce',
		type: 'n8n-nodes-woocommerce.wooCommerce',
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource, operation },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: { getByName: () => undefined, getByNameAndVersion: () => undefined, getKnownTypes: () => ({}) } as never,
	});
	return workflow.expression.getSimpleParameterValue(node, description.subtitle, 'internal', {});
}

function optionsOf(property: INodeProperties | undefined): INodePropertyOptions[] {
	return (property?.options ?? []) as INodePropertyOptions[];
}

it('reads "Get Many: Order" for the orders list', () => {
	expect(subtitleFor('order', 'getAll')).toBe('Get Many: Order');
	expect(subtitleFor('productVariation', 'batch')).toBe('Batch: Product Variation');
	expect(subtitleFor('custom', 'apiCall')).toBe('Custom API Call');
});

it('names every operation of every resource with their display names', () => {
	const resource = description.properties.find((property) => property.name === 'resource');
	const combinations = optionsOf(resource).flatMap(({ name: resourceName, value: resourceValue }) => {
		const operation = description.properties.find(
			(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resourceValue),
		);
		return optionsOf(operation).map(({ name, value }) => ({ resourceName, resourceValue, name, value }));
	});
	expect(combinations.length).toBeGreaterThan(100);
	for (const { resourceName, resourceValue, name, value } of combinations) {
		const expected = name === resourceName ? name : `${name}: ${resourceName}`;
		expect({ resourceValue, value, subtitle: subtitleFor(String(resourceValue), String(value)) }).toEqual({
			resourceValue,
			value,
			subtitle: expected,
		});
	}
});

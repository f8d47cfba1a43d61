/**
 * The store group's node description: every operation listed has a module that runs it and vice versa, options are
 * sorted and worded the n8n way, parameter names keep one type per resource, and every loadOptions/listSearch
 * method referenced exists.
 */
import type { INodeProperties } from 'n8n-workflow';

import { storeResources } from '../../nodes/WooCommerce/actions/groups/store';
import { listSearch, loadOptions } from '../../nodes/WooCommerce/methods';
import { decodeEntities } from '../../nodes/WooCommerce/methods/store';

type Module = Record<string, unknown> & { description: INodeProperties[] };

function walk(properties: INodeProperties[], visit: (property: INodeProperties) => void) {
	for (const property of properties) {
		visit(property);
		for (const option of (property.options ?? []) as Array<INodeProperties & { values?: INodeProperties[] }>) {
			if (option && typeof option === 'object' && 'type' in option) walk([option], visit);
			if (option && Array.isArray(option.values)) walk(option.values, visit);
		}
	}
}

describe('store resources', () => {
	it('lists the ten store resources', () => {
		expect(storeResources.map((entry) => entry.value).sort()).toEqual(
			['data', 'paymentGateway', 'report', 'setting', 'shippingMethod', 'shippingZone', 'systemStatus', 'taxClass', 'taxRate', 'webhook'].sort(),
		);
	});

	for (const entry of storeResources) {
		describe(entry.name, () => {
			const module = entry.module as Module;
			const operationProperty = module.description.find((property) => property.name === 'operation')!;
			const options = operationProperty.options as Array<{ name: string; value: string; action: string; description: string }>;

			it('has an operation selector scoped to the resource, options sorted, each with an action', () => {
				expect(operationProperty.displayOptions?.show?.resource).toEqual([entry.value]);
				expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
				for (const option of options) {
					expect(option.action).toMatch(/^[A-Z]/);
					expect(option.description).toMatch(/^[A-Z]/);
				}
				expect(options.map((o) => o.value)).toContain(operationProperty.default);
			});

			it('runs every operation it lists, and lists every operation it exports', () => {
				const exported = Object.keys(module).filter((key) => key !== 'description');
				expect(exported.sort()).toEqual(options.map((o) => o.value).sort());
				for (const option of options) {
					const operation = module[option.value] as { execute?: unknown; executeAll?: unknown; description: INodeProperties[] };
					expect(typeof operation.execute === 'function' || typeof operation.executeAll === 'function').toBe(true);
					for (const property of operation.description) {
						expect(property.displayOptions?.show?.resource).toEqual([entry.value]);
						expect(property.displayOptions?.show?.operation).toEqual([option.value]);
					}
				}
			});

			it('keeps one type per parameter name and follows the wording rules', () => {
				const types = new Map<string, string>();
				for (const property of module.description) {
					if (property.name === 'operation') continue;
					const known = types.get(property.name);
					if (known) expect(`${property.name}: ${property.type}`).toBe(`${property.name}: ${known}`);
					types.set(property.name, property.type);
				}
				walk(module.description, (property) => {
					if (property.type === 'boolean' && property.description) expect(property.description).toMatch(/^Whether /);
					if (property.placeholder && !/^Add /.test(property.placeholder)) expect(property.placeholder).toMatch(/^e\.g\. /);
					if (property.type === 'collection' || property.type === 'fixedCollection') {
						const names = ((property.options ?? []) as Array<{ displayName: string }>).map((o) => o.displayName);
						if (property.type === 'collection') expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
					}
				});
			});

			it('references only loadOptions and listSearch methods that exist', () => {
				walk(module.description, (property) => {
					const method = property.typeOptions?.loadOptionsMethod;
					if (method) expect(Object.keys(loadOptions)).toContain(method);
					for (const mode of property.modes ?? []) {
						const search = mode.typeOptions?.searchListMethod;
						if (search) expect(Object.keys(listSearch)).toContain(search);
					}
				});
			});

			it('never marks a secret field as plain text', () => {
				walk(module.description, (property) => {
					if (/secret/i.test(property.name)) expect(property.typeOptions?.password).toBe(true);
				});
			});
		});
	}
});

describe('decodeEntities', () => {
	it('decodes the entities WooCommerce puts in labels and symbols', () => {
		expect(decodeEntities('Accounts &amp; Privacy')).toBe('Accounts & Privacy');
		expect(decodeEntities('&#36;')).toBe('$');
		expect(decodeEntities('&euro; &#x20AC; &pound;')).toBe('&euro; € &pound;');
		expect(decodeEntities('&#0; &bogus;')).toBe('&#0; &bogus;');
	});
});

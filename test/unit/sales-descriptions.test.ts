/**
 * The sales group's node description (orders, order notes, refunds, customers, coupons): every operation listed has a
 * module that runs it and vice versa, options are sorted and worded the n8n way, parameter names keep one type per
 * resource, and every loadOptions/listSearch method referenced exists.
 */
import type { INodeProperties } from 'n8n-workflow';

import { salesResources } from '../../nodes/WooCommerce/actions/groups/sales';
import { listSearch, loadOptions } from '../../nodes/WooCommerce/methods';

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

const OPERATIONS: Record<string, string[]> = {
	order: ['addNote', 'batch', 'changeStatus', 'create', 'delete', 'get', 'getAll', 'update'],
	orderNote: ['create', 'delete', 'get', 'getAll'],
	orderRefund: ['create', 'delete', 'get', 'getAll'],
	customer: ['batch', 'create', 'createOrUpdate', 'delete', 'get', 'getAll', 'getDownloads', 'update'],
	coupon: ['batch', 'create', 'createOrUpdate', 'delete', 'get', 'getAll', 'update'],
};

describe('sales resources', () => {
	it('lists the five sales resources', () => {
		expect(salesResources.map((entry) => entry.value).sort()).toEqual(Object.keys(OPERATIONS).sort());
	});

	for (const entry of salesResources) {
		describe(entry.name, () => {
			const module = entry.module as Module;
			const operationProperty = module.description.find((property) => property.name === 'operation')!;
			const options = operationProperty.options as Array<{ name: string; value: string; action: string; description: string }>;

			it('offers the operations of the issue, sorted, each with an action', () => {
				expect(options.map((o) => o.value).sort()).toEqual(OPERATIONS[entry.value]);
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
					if (property.type === 'collection') {
						const names = ((property.options ?? []) as Array<{ displayName: string }>).map((o) => o.displayName);
						expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
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

			it('hides passwords', () => {
				walk(module.description, (property) => {
					if (/secret|password/i.test(property.name)) expect(property.typeOptions?.password).toBe(true);
				});
			});
		});
	}

	it('warns that Refund Through Gateway really moves money, and leaves it off by default', () => {
		const refund = salesResources.find((entry) => entry.value === 'orderRefund')!.module as Module;
		const gateway = refund.description.find((property) => property.name === 'api_refund')!;
		expect(gateway.default).toBe(false);
		expect(gateway.description).toMatch(/really moves money/);
	});
});

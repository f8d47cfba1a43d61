import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsOption } from '../../descriptions/common.descriptions';
import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { fieldSelection, selectFields } from '../shared/records';
import { RESOURCE } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				...fieldsOption,
				placeholder: 'e.g. environment.version,environment.wp_version,settings.currency,active_plugins',
				description:
					'Comma-separated parts of the report to return (the full report is large): environment, database, active_plugins, inactive_plugins, dropins_mu_plugins, theme, settings, security, pages, post_type_counts, logging; dot notation selects nested fields',
			},
		],
	},
];

export const description = showFor(RESOURCE, 'get', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { paths, query } = fieldSelection(this, itemIndex);
	const report = (await wooApiRequest.call(this, 'GET', 'system_status', { qs: query, itemIndex })) as IDataObject;
	return paths.length ? selectFields(report, paths) : report;
}

export const option: OperationLabel = { name: 'Get', description: 'Get the system status report (environment, database, plugins, theme, settings...)', action: 'Get the system status' };

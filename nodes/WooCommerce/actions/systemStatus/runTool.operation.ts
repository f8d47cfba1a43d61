import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { getToolId, RESOURCE, toolIdParameter } from './fields';

export const description = showFor(RESOURCE, 'runTool', [
	{
		...toolIdParameter,
		description: `${toolIdParameter.description} Some tools delete data (e.g. delete_taxes, clear_sessions, reset_roles): they run without further confirmation.`,
	},
]);

/** WooCommerce runs a tool only when the update carries confirm=true; the answer says whether it worked. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = getToolId(this, itemIndex);
	return (await wooApiRequest.call(this, 'PUT', `system_status/tools/${id}`, {
		body: { confirm: true },
		itemIndex,
	})) as IDataObject;
}

export const option: OperationLabel = { name: 'Run Tool', description: 'Run a system status tool (e.g. clear transients, recount terms)', action: 'Run a system status tool' };

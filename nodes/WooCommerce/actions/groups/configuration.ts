import type { ResourceEntry } from './types';
import * as data from '../data/Data.resource';
import * as paymentGateway from '../paymentGateway/PaymentGateway.resource';
import * as report from '../report/Report.resource';
import * as setting from '../setting/Setting.resource';
import * as shippingMethod from '../shippingMethod/ShippingMethod.resource';
import * as shippingZone from '../shippingZone/ShippingZone.resource';
import * as systemStatus from '../systemStatus/SystemStatus.resource';
import * as taxClass from '../taxClass/TaxClass.resource';
import * as taxRate from '../taxRate/TaxRate.resource';
import * as webhook from '../webhook/Webhook.resource';

/** Taxes, shipping, payment gateways, settings, system status, reports, webhooks, data. */
export const configurationResources: ResourceEntry[] = [
	{ value: 'data', name: 'Data', module: data },
	{ value: 'paymentGateway', name: 'Payment Gateway', module: paymentGateway },
	{ value: 'report', name: 'Report', module: report },
	{ value: 'setting', name: 'Setting', module: setting },
	{ value: 'shippingMethod', name: 'Shipping Method', module: shippingMethod },
	{ value: 'shippingZone', name: 'Shipping Zone', module: shippingZone },
	{ value: 'systemStatus', name: 'System Status', module: systemStatus },
	{ value: 'taxClass', name: 'Tax Class', module: taxClass },
	{ value: 'taxRate', name: 'Tax Rate', module: taxRate },
	{ value: 'webhook', name: 'Webhook', module: webhook },
];

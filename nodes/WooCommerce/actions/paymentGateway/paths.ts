/** Where payment gateways live in the API (identified by their text ID, e.g. "bacs"). */
export const gatewaysPath = 'payment_gateways';
export const gatewayPath = (id: string) => `${gatewaysPath}/${id}`;

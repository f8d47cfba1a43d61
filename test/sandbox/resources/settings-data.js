'use strict';
// Options of the settings groups other than "general" (whose options come from capture 121). Labels, descriptions,
// types, defaults and option maps follow WooCommerce 10's settings pages; each group lists the commonly used options,
// not all of them. Values can be changed through settings/{group}/{id} (validated by type) and seen in store.settings.

const yesNo = (id, label, description, def) => ({ id, label, description, type: 'checkbox', default: def });
const PAGES = { '': 'Select a page…', 6: 'Shop', 7: 'Cart', 8: 'Checkout', 9: 'My account', 10: 'Refund and Returns Policy' };

const SETTING_GROUPS = {
	products: [
		{ id: 'woocommerce_shop_page_id', label: 'Shop page', description: 'This sets the base page of your shop - this is where your product archive will be.', type: 'select', default: '', options: PAGES, value: '6' },
		yesNo('woocommerce_cart_redirect_after_add', 'Add to cart behaviour', 'Redirect to the cart page after successful addition', 'no'),
		yesNo('woocommerce_enable_ajax_add_to_cart', 'Add to cart behaviour', 'Enable AJAX add to cart buttons on archives', 'yes'),
		{ id: 'woocommerce_placeholder_image', label: 'Placeholder image', description: 'This is the attachment ID, or image URL, used for placeholder images in the product catalog. Products with no image will use this.', type: 'text', default: '', value: '5' },
		{ id: 'woocommerce_weight_unit', label: 'Weight unit', description: 'This controls what unit you will define weights in.', type: 'select', default: 'kg', options: { kg: 'kg', g: 'g', lbs: 'lbs', oz: 'oz' } },
		{ id: 'woocommerce_dimension_unit', label: 'Dimensions unit', description: 'This controls what unit you will define lengths in.', type: 'select', default: 'cm', options: { m: 'm', cm: 'cm', mm: 'mm', in: 'in', yd: 'yd' } },
		yesNo('woocommerce_enable_reviews', 'Enable reviews', 'Enable product reviews', 'yes'),
		yesNo('woocommerce_review_rating_verification_label', 'Reviews', 'Show "verified owner" label on customer reviews', 'yes'),
		yesNo('woocommerce_review_rating_verification_required', 'Reviews', 'Reviews can only be left by "verified owners"', 'no'),
		yesNo('woocommerce_enable_review_rating', 'Product ratings', 'Enable star rating on reviews', 'yes'),
		yesNo('woocommerce_review_rating_required', 'Product ratings', 'Star ratings should be required, not optional', 'yes'),
		yesNo('woocommerce_manage_stock', 'Manage stock', 'Enable stock management', 'yes'),
		yesNo('woocommerce_notify_low_stock', 'Notifications', 'Enable low stock notifications', 'yes'),
		yesNo('woocommerce_notify_no_stock', 'Notifications', 'Enable out of stock notifications', 'yes'),
		{ id: 'woocommerce_notify_low_stock_amount', label: 'Low stock threshold', description: 'When product stock reaches this amount you will be notified via email.', type: 'number', default: '2' },
		{ id: 'woocommerce_notify_no_stock_amount', label: 'Out of stock threshold', description: 'When product stock reaches this amount the stock status will change to "out of stock" and you will be notified via email. This setting does not affect existing "in stock" products.', type: 'number', default: '0' },
		yesNo('woocommerce_hide_out_of_stock_items', 'Out of stock visibility', 'Hide out of stock items from the catalog', 'no'),
		{
			id: 'woocommerce_stock_format', label: 'Stock display format', description: 'This controls how stock quantities are displayed on the frontend.', type: 'select', default: '',
			options: { '': 'Always show quantity remaining in stock e.g. "12 in stock"', low_amount: 'Only show quantity remaining in stock when low e.g. "Only 2 left in stock"', no_amount: 'Never show quantity remaining in stock' },
		},
	],
	tax: [
		{ id: 'woocommerce_prices_include_tax', label: 'Prices entered with tax', description: 'This option is important as it will affect how you input prices. Changing it will not update existing products.', type: 'radio', default: 'no', options: { yes: 'Yes, I will enter prices inclusive of tax', no: 'No, I will enter prices exclusive of tax' } },
		{ id: 'woocommerce_tax_based_on', label: 'Calculate tax based on', description: 'This option determines which address is used to calculate tax.', type: 'select', default: 'shipping', options: { shipping: 'Customer shipping address', billing: 'Customer billing address', base: 'Shop base address' } },
		{ id: 'woocommerce_shipping_tax_class', label: 'Shipping tax class', description: 'Optionally control which tax class shipping gets, or leave it so shipping tax is based on the cart items themselves.', type: 'select', default: 'inherit', options: { inherit: 'Shipping tax class based on cart items', '': 'Standard', 'reduced-rate': 'Reduced rate', 'zero-rate': 'Zero rate' } },
		yesNo('woocommerce_tax_round_at_subtotal', 'Rounding', 'Round tax at subtotal level, instead of rounding per line', 'no'),
		{ id: 'woocommerce_tax_classes', label: 'Additional tax classes', description: 'List additional tax classes you need below (1 per line, e.g. Reduced Rates). These are in addition to "Standard rate" which exists by default.', type: 'textarea', default: '', value: 'Reduced rate\nZero rate' },
		{ id: 'woocommerce_tax_display_shop', label: 'Display prices in the shop', description: '', type: 'select', default: 'excl', options: { incl: 'Including tax', excl: 'Excluding tax' } },
		{ id: 'woocommerce_tax_display_cart', label: 'Display prices during cart and checkout', description: '', type: 'select', default: 'excl', options: { incl: 'Including tax', excl: 'Excluding tax' } },
		{ id: 'woocommerce_price_display_suffix', label: 'Price display suffix', description: 'Define text to show after your product prices. This could be, for example, "inc. Vat" to explain your pricing. You can also have prices substituted here using one of the following: {price_including_tax}, {price_excluding_tax}.', type: 'text', default: '', placeholder: 'N/A' },
		{ id: 'woocommerce_tax_total_display', label: 'Display tax totals', description: '', type: 'select', default: 'itemized', options: { single: 'As a single total', itemized: 'Itemized' } },
	],
	shipping: [
		yesNo('woocommerce_enable_shipping_calc', 'Calculations', 'Enable the shipping calculator on the cart page', 'yes'),
		yesNo('woocommerce_shipping_cost_requires_address', 'Calculations', 'Hide shipping costs until an address is entered', 'no'),
		{ id: 'woocommerce_ship_to_destination', label: 'Shipping destination', description: 'This controls which shipping address is used by default.', type: 'radio', default: 'billing', options: { shipping: 'Default to customer shipping address', billing: 'Default to customer billing address', billing_only: 'Force shipping to the customer billing address' } },
		yesNo('woocommerce_shipping_debug_mode', 'Debug mode', 'Enable debug mode', 'no'),
	],
	advanced: [
		{ id: 'woocommerce_cart_page_id', label: 'Cart page', description: 'Page contents: [woocommerce_cart]', type: 'select', default: '', options: PAGES, value: '7' },
		{ id: 'woocommerce_checkout_page_id', label: 'Checkout page', description: 'Page contents: [woocommerce_checkout]', type: 'select', default: '', options: PAGES, value: '8' },
		{ id: 'woocommerce_myaccount_page_id', label: 'My account page', description: 'Page contents: [woocommerce_my_account]', type: 'select', default: '', options: PAGES, value: '9' },
		{ id: 'woocommerce_terms_page_id', label: 'Terms and conditions', description: 'If you define a "Terms" page the customer will be asked if they accept them when checking out.', type: 'select', default: '', options: PAGES },
		{ id: 'woocommerce_checkout_pay_endpoint', label: 'Pay', description: 'Endpoint for the "Checkout &rarr; Pay" page.', type: 'text', default: 'order-pay' },
		{ id: 'woocommerce_checkout_order_received_endpoint', label: 'Order received', description: 'Endpoint for the "Checkout &rarr; Order received" page.', type: 'text', default: 'order-received' },
		{ id: 'woocommerce_myaccount_orders_endpoint', label: 'Orders', description: 'Endpoint for the "My account &rarr; Orders" page.', type: 'text', default: 'orders' },
		yesNo('woocommerce_allow_tracking', 'Enable tracking', 'Allow usage of WooCommerce to be tracked', 'no'),
	],
	email: [
		{ id: 'woocommerce_email_from_name', label: '"From" name', description: 'How the sender name appears in outgoing WooCommerce emails.', type: 'text', default: 'Woo Test Store' },
		{ id: 'woocommerce_email_from_address', label: '"From" address', description: 'How the sender email appears in outgoing WooCommerce emails.', type: 'email', default: 'admin@example.com' },
		{ id: 'woocommerce_email_header_image', label: 'Header image', description: 'Paste the URL of an image you want to show in the email header. Upload images using the media uploader (Media > Add New).', type: 'text', default: '', placeholder: 'N/A' },
		{ id: 'woocommerce_email_footer_text', label: 'Footer text', description: 'The text to appear in the footer of all WooCommerce emails. Available placeholders: {site_title} {site_url} {store_address} {store_email}', type: 'textarea', default: '{site_title} &mdash; Built with {WooCommerce}', placeholder: 'N/A' },
		{ id: 'woocommerce_email_base_color', label: 'Base color', description: 'The base color for WooCommerce email templates. Default <code>#720eec</code>.', type: 'color', default: '#720eec', placeholder: 'N/A' },
		{ id: 'woocommerce_email_background_color', label: 'Background color', description: 'The background color for WooCommerce email templates. Default <code>#f7f7f7</code>.', type: 'color', default: '#f7f7f7', placeholder: 'N/A' },
	],
};

module.exports = { SETTING_GROUPS };

'use strict';
// HTML pages the site serves outside the REST API.
const homePage = (home, title = 'Woo Test Store') => `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='noindex, nofollow' />
	<title>${title}</title>
<link rel="alternate" type="application/rss+xml" title="${title} &raquo; Feed" href="${home}/?feed=rss2" />
<link rel="https://api.w.org/" href="${home}/index.php?rest_route=/" />
</head>
<body class="home blog wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="${home}" rel="home">${title}</a></p></header>
<main class="wp-block-group"><h1>Shop</h1><p>Welcome to ${title}.</p></main></div>
</body>
</html>
`;
const notWordPress = () => `<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;
const maintenance = () => `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<title>Maintenance</title>
</head>
<body id="error-page">
	<h1>Briefly unavailable for scheduled maintenance. Check back in a minute.</h1>
</body>
</html>
`;
const firewall = () => `<!DOCTYPE html>
<html lang="en"><head><title>Attention Required! | Cloudflare</title></head>
<body><div id="cf-wrapper"><h1>Sorry, you have been blocked</h1>
<p>This website is using a security service to protect itself from online attacks.</p>
<div class="cf-captcha-container">Please complete the security check to access the site.</div></div></body></html>
`;
const adminLogin = (home) => `<!DOCTYPE html>
<html lang="en-US"><head><title>Log In &lsaquo; Woo Test Store &#8212; WordPress</title></head>
<body class="login wp-core-ui"><div id="login"><form name="loginform" id="loginform" action="${home}/wp-login.php" method="post">
<input type="text" name="log" id="user_login" /><input type="password" name="pwd" id="user_pass" /></form></div></body></html>
`;
const notFound = (home) => `<!DOCTYPE html>
<html lang="en-US"><head><title>Page not found &#8211; Woo Test Store</title></head>
<body class="error404"><h1>Page Not Found</h1><p>The page you are looking for does not exist. <a href="${home}/">Home</a></p></body></html>
`;
module.exports = { homePage, notWordPress, maintenance, firewall, adminLogin, notFound };

// Zulip's pages as nginx serves them from the Django app, trimmed to their outline.

export function loginPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Log in | Zulip</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="login-page">
<div class="app login-page-container">
<h1>Log in to Zulip</h1>
<form name="login_form" id="login_form" method="post" action="/accounts/login/">
<input type="email" name="username" id="id_username" autocomplete="email" required>
<input type="password" name="password" id="id_password" autocomplete="current-password" required>
<button type="submit" name="button">Log in</button>
</form>
</div>
</body>
</html>
`;
}

export function notFoundPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<title>Page not found | Zulip</title>
</head>
<body>
<h1>Page not found (404)</h1>
</body>
</html>
`;
}

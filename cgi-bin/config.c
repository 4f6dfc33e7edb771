#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "util.h"

#ifndef XSLDIR
#define XSLDIR "xsl"
#endif

static const struct {
	const char	*name;
	const char	*env;
	const char	*dflt;
	int		 is_int;
} keys[CONF__MAX] = {
	[CONF_SITE_NAME] = { "site.name", "ECHO_SITE_NAME", "Échosciences", 0 },
	[CONF_SITE_URL] = { "site.url", "ECHO_SITE_URL", "http://127.0.0.1:8080", 0 },
	[CONF_DB_HOST] = { "db.host", "ECHO_DB_HOST", "localhost", 0 },
	[CONF_DB_PORT] = { "db.port", "ECHO_DB_PORT", "0", 1 },
	[CONF_DB_SOCKET] = { "db.socket", "ECHO_DB_SOCKET", "", 0 },
	[CONF_DB_NAME] = { "db.name", "ECHO_DB_NAME", "echosciences", 0 },
	[CONF_DB_USER] = { "db.user", "ECHO_DB_USER", "echosciences", 0 },
	[CONF_DB_PASSWORD] = { "db.password", "ECHO_DB_PASSWORD", "", 0 },
	[CONF_XSL_DIR] = { "xsl.dir", "ECHO_XSL_DIR", XSLDIR, 0 },
	[CONF_XSL_RELOAD] = { "xsl.reload", "ECHO_XSL_RELOAD", "0", 1 },
	[CONF_CACHE_TTL] = { "cache.ttl", "ECHO_CACHE_TTL", "5", 1 },
	[CONF_CACHE_SIZE] = { "cache.size", "ECHO_CACHE_SIZE", "33554432", 1 },
	[CONF_DATA_LICENCE] = { "data.licence", "ECHO_DATA_LICENCE", "CC BY-SA 4.0", 0 },
	[CONF_DATA_LICENCE_EVENTS] = { "data.licence.events",
	    "ECHO_DATA_LICENCE_EVENTS", "Licence Ouverte 2.0", 0 },
	[CONF_MAIL_FROM] = { "mail.from", "ECHO_MAIL_FROM",
	    "ne-pas-repondre@echosciences.example", 0 },
	[CONF_MAIL_COMMAND] = { "mail.command", "ECHO_MAIL_COMMAND", "", 0 },
	[CONF_MAIL_SPOOL] = { "mail.spool", "ECHO_MAIL_SPOOL", "var/mail", 0 },
	[CONF_SESSION_DAYS] = { "session.days", "ECHO_SESSION_DAYS", "30", 1 },
	[CONF_MEDIA_DIR] = { "media.dir", "ECHO_MEDIA_DIR", "var/media", 0 },
};

static char *
trim(char *s)
{
	char	*e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' ||
	    e[-1] == '\n'))
		*--e = '\0';
	return s;
}

static int
set_value(struct config *c, enum conf_key k, const char *v)
{
	char	*copy;

	if ((copy = strdup(v)) == NULL)
		return -1;
	free(c->vals[k]);
	c->vals[k] = copy;
	return 0;
}

static int
add_host(struct config *c, const char *territory, const char *host)
{
	struct conf_host *h;
	char		*p;

	h = realloc(c->hosts, (c->nhosts + 1) * sizeof(*h));
	if (h == NULL)
		return -1;
	c->hosts = h;
	h = &c->hosts[c->nhosts];
	h->host = strdup(host);
	h->territory = strdup(territory);
	if (h->host == NULL || h->territory == NULL) {
		free(h->host);
		free(h->territory);
		return -1;
	}
	for (p = h->host; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	c->nhosts++;
	return 0;
}

static int
add_hosts_env(struct config *c, const char *env, char *err, size_t errsz)
{
	char	*copy, *tok, *save = NULL, *eq;
	int	 rc = 0;

	if ((copy = strdup(env)) == NULL)
		return -1;
	for (tok = strtok_r(copy, " \t,", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t,", &save)) {
		if ((eq = strchr(tok, '=')) == NULL) {
			snprintf(err, errsz, "ECHO_HOSTS: expected slug=host");
			rc = -1;
			break;
		}
		*eq = '\0';
		if (!slug_valid(tok, 40) || eq[1] == '\0') {
			snprintf(err, errsz, "ECHO_HOSTS: bad entry %s", tok);
			rc = -1;
			break;
		}
		if ((rc = add_host(c, tok, eq + 1)) == -1) {
			snprintf(err, errsz, "out of memory");
			break;
		}
	}
	free(copy);
	return rc;
}

/* Relative directories in the file are relative to the file's folder. */
static int
resolve_dir(struct config *c, enum conf_key k, const char *path)
{
	const char	*slash, *v = c->vals[k];
	char		*full;
	size_t		 n;

	if (v == NULL || v[0] == '/' || (slash = strrchr(path, '/')) == NULL)
		return 0;
	n = (size_t)(slash - path) + 1 + strlen(v) + 1;
	if ((full = malloc(n)) == NULL)
		return -1;
	snprintf(full, n, "%.*s/%s", (int)(slash - path), path, v);
	free(c->vals[k]);
	c->vals[k] = full;
	return 0;
}

int
config_load(struct config *c, const char *path, char *err, size_t errsz)
{
	FILE		*f = NULL;
	char		 line[1024], *k, *v, *eq;
	const char	*env;
	long long	 n;
	int		 i, lineno = 0, from_file_xsl = 0, from_file_spool = 0;
	int		 from_file_media = 0;

	memset(c, 0, sizeof(*c));
	if (path != NULL && (f = fopen(path, "r")) == NULL) {
		snprintf(err, errsz, "%s: %s", path, strerror(errno));
		return -1;
	}
	while (f != NULL && fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		k = trim(line);
		if (*k == '#' || *k == '\0')
			continue;
		if ((eq = strchr(k, '=')) == NULL) {
			snprintf(err, errsz, "%s:%d: expected key = value",
			    path, lineno);
			goto err;
		}
		*eq = '\0';
		k = trim(k);
		v = trim(eq + 1);
		if (strncmp(k, "host.", 5) == 0) {
			if (!slug_valid(k + 5, 40) || *v == '\0') {
				snprintf(err, errsz, "%s:%d: bad host line",
				    path, lineno);
				goto err;
			}
			if (add_host(c, k + 5, v) == -1)
				goto oom;
			continue;
		}
		for (i = 0; i < CONF__MAX; i++)
			if (strcmp(keys[i].name, k) == 0)
				break;
		if (i == CONF__MAX) {
			snprintf(err, errsz, "%s:%d: unknown key %s",
			    path, lineno, k);
			goto err;
		}
		if (set_value(c, (enum conf_key)i, v) == -1)
			goto oom;
		if (i == CONF_XSL_DIR)
			from_file_xsl = 1;
		if (i == CONF_MAIL_SPOOL)
			from_file_spool = 1;
		if (i == CONF_MEDIA_DIR)
			from_file_media = 1;
	}
	if (f != NULL)
		fclose(f);
	f = NULL;
	if ((from_file_xsl && resolve_dir(c, CONF_XSL_DIR, path) == -1) ||
	    (from_file_spool && resolve_dir(c, CONF_MAIL_SPOOL, path) == -1) ||
	    (from_file_media && resolve_dir(c, CONF_MEDIA_DIR, path) == -1))
		goto oom;

	for (i = 0; i < CONF__MAX; i++) {
		if ((env = getenv(keys[i].env)) != NULL) {
			if (set_value(c, (enum conf_key)i, env) == -1)
				goto oom;
		} else if (c->vals[i] == NULL &&
		    set_value(c, (enum conf_key)i, keys[i].dflt) == -1)
			goto oom;
		if (keys[i].is_int &&
		    int_parse(c->vals[i], 0, 1LL << 40, &n) == -1) {
			snprintf(err, errsz, "%s: not a number: %s",
			    keys[i].name, c->vals[i]);
			goto err;
		}
	}
	/* ECHO_HOSTS="grenoble=grenoble.example.org bretagne=…" adds hosts. */
	if ((env = getenv("ECHO_HOSTS")) != NULL &&
	    add_hosts_env(c, env, err, errsz) == -1)
		goto err;
	/* The site URL is used to build absolute links: no trailing slash. */
	n = (long long)strlen(c->vals[CONF_SITE_URL]);
	while (n > 0 && c->vals[CONF_SITE_URL][n - 1] == '/')
		c->vals[CONF_SITE_URL][--n] = '\0';
	return 0;
oom:
	snprintf(err, errsz, "out of memory");
err:
	if (f != NULL)
		fclose(f);
	config_free(c);
	return -1;
}

void
config_free(struct config *c)
{
	size_t	 i;

	for (i = 0; i < CONF__MAX; i++)
		free(c->vals[i]);
	for (i = 0; i < c->nhosts; i++) {
		free(c->hosts[i].host);
		free(c->hosts[i].territory);
	}
	free(c->hosts);
	memset(c, 0, sizeof(*c));
}

const char *
config_str(const struct config *c, enum conf_key k)
{
	return c->vals[k] != NULL ? c->vals[k] : keys[k].dflt;
}

long long
config_int(const struct config *c, enum conf_key k)
{
	long long	 v = 0;

	if (int_parse(config_str(c, k), 0, 1LL << 40, &v) == -1)
		return 0;
	return v;
}

/* The territory a host name serves, ignoring any port; NULL if none. */
const char *
config_host_territory(const struct config *c, const char *host)
{
	size_t	 i, n;

	if (host == NULL)
		return NULL;
	n = strcspn(host, ":");
	for (i = 0; i < c->nhosts; i++)
		if (strlen(c->hosts[i].host) == n &&
		    strncasecmp(c->hosts[i].host, host, n) == 0)
			return c->hosts[i].territory;
	return NULL;
}

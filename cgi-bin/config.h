/*
 * Configuration: conf/echosciences.conf (`key = value`, `#` comments),
 * read once per worker; any key is overridden by the environment
 * variable ECHO_<KEY> with dots as underscores (db.socket: ECHO_DB_SOCKET).
 */
#ifndef CONFIG_H
#define CONFIG_H

#include <stddef.h>

enum conf_key {
	CONF_SITE_NAME,
	CONF_SITE_URL,
	CONF_DB_HOST,
	CONF_DB_PORT,
	CONF_DB_SOCKET,
	CONF_DB_NAME,
	CONF_DB_USER,
	CONF_DB_PASSWORD,
	CONF_XSL_DIR,
	CONF_XSL_RELOAD,
	CONF_CACHE_TTL,
	CONF_CACHE_SIZE,
	CONF_DATA_LICENCE,
	CONF_DATA_LICENCE_EVENTS,
	CONF_MAIL_FROM,
	CONF_MAIL_COMMAND,
	CONF_MAIL_SPOOL,
	CONF_SESSION_DAYS,
	CONF_MEDIA_DIR,
	CONF__MAX
};

struct conf_host {
	char	*host;		/* a host name, lowercase */
	char	*territory;	/* the slug of the territory it serves */
};

struct config {
	char		*vals[CONF__MAX];
	struct conf_host *hosts;
	size_t		 nhosts;
};

int		 config_load(struct config *, const char *path, char *err, size_t);
void		 config_free(struct config *);
const char	*config_str(const struct config *, enum conf_key);
long long	 config_int(const struct config *, enum conf_key);
const char	*config_host_territory(const struct config *, const char *host);

#endif

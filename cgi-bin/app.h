/*
 * The worker and the page being built.
 *
 * `struct app` lives as long as the worker: configuration, database
 * connection, compiled stylesheets, page cache, territories.
 * `struct page` lives for one request: what the route matched, the XML
 * document the handler fills, and what the response should say.
 */
#ifndef APP_H
#define APP_H

#include <time.h>
#include <libxml/tree.h>

#include "config.h"
#include "db.h"
#include "request.h"

struct cache;
struct personal;
struct render;
struct response;

#define TERRITORIES_MAX 64
#define VIEWER_NAME_SIZE 401	/* 100 characters of UTF-8, and the NUL */

struct territory {
	unsigned int	 id;
	int		 is_network;
	char		 slug[48];
	char		 name[96];
};

struct viewcount {
	unsigned int	 id;		/* contribution, or 0 */
	unsigned int	 territory;	/* territory, or 0 */
	unsigned int	 count;
};

#define VIEWS_MAX 256

enum role {
	ROLE_NONE,
	ROLE_EDITOR,	/* moderates, edits the territory's home page */
	ROLE_ADMIN	/* also grants and removes roles */
};

struct json_object;

struct app {
	struct config	 conf;
	struct db	*db;
	struct render	*render;
	struct cache	*cache;
	struct personal	*personal;	/* sessions and parts of members' pages */
	struct territory terrs[TERRITORIES_MAX];
	size_t		 nterrs;
	time_t		 terrs_loaded;
	struct viewcount views[VIEWS_MAX];	/* counted, not yet written */
	size_t		 nviews;
	time_t		 views_flushed;
	time_t		 swept;		/* expired sessions, tokens… */
};

struct page {
	struct app		*app;
	struct request		*req;
	const struct req_env	*env;
	const struct territory	*terr;		/* matched :t, or NULL */
	long long		 id;		/* matched :id */
	char			 id_slug[200];	/* the slug after the id */
	char			 slug[81];	/* matched :slug */
	const char		*kind;		/* contribution kind of the route */
	const char		*section;	/* its path segment (articles…) */
	xmlDocPtr		 doc;
	xmlNodePtr		 root;
	const char		*xsl;		/* stylesheet for HTML */
	char			*location;	/* redirect target */
	time_t			 last_modified;
	int			 max_age;	/* Cache-Control seconds */
	unsigned int		 view_id;	/* contribution viewed */
	int			 widget;	/* a widget: framed, no cookie */
	struct response		*res;		/* for cookies */
	int			 status;	/* a document answered with 4xx */
	unsigned int		 viewer_id;	/* the member logged in, or 0 */
	char			 viewer_csrf[44];
	/* A display name whole: 100 characters of up to 4 bytes.  Cut
	 * shorter, it would end inside a character: invalid UTF-8 in every
	 * page and refused by the database in the audit log. */
	char			 viewer_name[VIEWER_NAME_SIZE];
	char			 viewer_url[160];
	/* The viewer's roles, by index of app->terrs: ROLE_… */
	unsigned char		 viewer_roles[TERRITORIES_MAX];
	/* The structures the viewer edits (as their editor), the first ones. */
	unsigned int		 viewer_structs[256];
	size_t			 nviewer_structs;
	/* A handler's own JSON answer (a download), sent as is. */
	struct json_object	*json_out;
	const char		*download;	/* its file name, or NULL */
	char			*personal_tmp;	/* parts rendered, not kept */
	char			*personal_tmp2;
	int			 styled_xml;	/* .xml through p->xsl (sitemaps) */
};

/* Handlers return 0 (render the document) or an HTTP status. */
typedef int (*page_fn)(struct page *);

int	 page_db_status(int rc);
int	 page_redirect(struct page *, const char *path);
int	 page_see_other(struct page *, const char *path);
const struct territory *app_territory(struct app *, const char *slug);
const struct territory *app_territory_id(struct app *, unsigned int);
int	 app_territories_load(struct app *);

#endif

/*
 * The request: what the web server sent, parsed and validated.
 *
 * Every query or form value a handler can read is named in the `keys`
 * table of request.c with its validator; a handler reads the typed
 * result from `req->in[KEY_…]` and never sees a raw string.  A value
 * that fails its validator makes the whole request a 400.
 */
#ifndef REQUEST_H
#define REQUEST_H

#include <stddef.h>
#include <time.h>

#include "buf.h"

#define REQ_MAX_URI	 4096		/* bytes of path and query */
#define REQ_MAX_BODY	 (1024 * 1024)	/* urlencoded bodies, text of forms */
#define REQ_MAX_COOKIE	 4096
#define REQ_MAX_PARAMS	 256
#define REQ_MAX_MULTI	 128	/* values of repeated keys, all together */

enum method {
	METHOD_GET,
	METHOD_HEAD,
	METHOD_POST,
	METHOD_OTHER,
	METHOD__MAX
};

enum fmt {
	FMT_HTML,
	FMT_XML,
	FMT_ATOM,
	FMT_ICS,
	FMT_JSON,
	FMT__MAX
};
#define FMTBIT(f) (1u << (f))

enum lang {
	LANG_FR,
	LANG_EN,
	LANG__MAX
};

/* Keys of query and form values. */
enum key {
	KEY_THEME,	/* theme: a theme slug */
	KEY_TAG,	/* tag: a tag slug */
	KEY_BEFORE,	/* avant: keyset cursor "<epoch>.<id>", newest first */
	KEY_AFTER,	/* apres: keyset cursor "<epoch>.<id>", soonest first */
	KEY_FROM,	/* du: first day, YYYY-MM-DD */
	KEY_TO,		/* au: last day, YYYY-MM-DD */
	KEY_PAST,	/* passes: 1 for past events */
	KEY_LANG,	/* lang: fr or en */
	KEY_QUERY,	/* q: search text */
	KEY_TERRITORY,	/* territoire: a territory slug (API, widget) */
	KEY_STRUCTURE,	/* structure: a structure id */
	KEY_COUNT,	/* n: items in a widget, 1 to 20 */
	KEY_STYLE,	/* style: clair or sombre (widget) */
	KEY_WIDGET,	/* type: agenda or articles (widget) */
	KEY_LIMIT,	/* limite: items per page of the API, 1 to 100 */
	/* Forms: a value that fails is marked invalid, not refused.  Keys
	 * from here on are never echoed in a page's <query>. */
	KEY_EMAIL,	/* courriel */
	KEY_PASSWORD,	/* mot_de_passe: the new or the only password */
	KEY_CURRENT,	/* actuel: the current password */
	KEY_NAME,	/* nom: a display name */
	KEY_KIND,	/* genre: person, institution, company */
	KEY_TOKEN,	/* jeton: a single-use token from a mail */
	KEY_CSRF,	/* csrf: the form's token */
	KEY_NEXT,	/* suivant: a local path to go to after logging in */
	KEY_MESSAGE,	/* message: how a redirected action went */
	KEY_TITLE,	/* titre: one line, 1 to 200 characters */
	KEY_SUMMARY,	/* chapo: one line, up to 500 characters */
	KEY_BODY,	/* texte: Markdown (body, bio, description), 50,000 max */
	KEY_TAGS,	/* tags: "a, b, c", up to 300 characters */
	KEY_SHARE,	/* partage: territory slugs (repeated) */
	KEY_ACTION,	/* action: which button (brouillon, publier…) */
	KEY_IMAGE,	/* image: an uploaded file (multipart) */
	KEY_IMAGE_ALT,	/* image_alt: one line, up to 300 characters */
	KEY_NO_IMAGE,	/* sans_image: 1 to remove the image */
	KEY_ATTACHMENT,	/* piece_jointe: an uploaded PDF (multipart) */
	KEY_BEGINS,	/* debut: YYYY-MM-DDTHH:MM, Paris time (repeated) */
	KEY_ENDS,	/* fin: YYYY-MM-DDTHH:MM, Paris time (repeated) */
	KEY_PLACE,	/* lieu: a place id */
	KEY_PLACE_NAME,	/* lieu_nom: a new place's name, 2 to 160 */
	KEY_ADDRESS,	/* adresse: one line, up to 255 */
	KEY_POSTCODE,	/* code_postal: up to 10 letters, digits, spaces */
	KEY_CITY,	/* ville: one line, up to 100 */
	KEY_LATITUDE,	/* latitude: -90 to 90, up to 6 decimals */
	KEY_LONGITUDE,	/* longitude: -180 to 180, up to 6 decimals */
	KEY_AUDIENCE,	/* public: one line, up to 200 */
	KEY_PRICE,	/* tarif: one line, up to 200 */
	KEY_LINK,	/* lien: an http(s) URL (registration) */
	KEY_WEBSITE,	/* site: an http(s) URL */
	KEY_EVENT_STATUS, /* statut: scheduled, cancelled, postponed */
	KEY_MODE,	/* mode: offline, online, mixed */
	KEY_ANNONCE_KIND, /* type_annonce: call, job, volunteers, other */
	KEY_DEADLINE,	/* date_limite: YYYY-MM-DD */
	KEY_ITEMS,	/* elements: contribution ids, in order (repeated) */
	KEY_INTERESTS,	/* interets: theme slugs (repeated) */
	KEY_REASON,	/* motif: text, 1 to 1000 characters */
	KEY_ROLE,	/* role: editor, admin, none */
	KEY_MEMBER,	/* membre: a member id */
	KEY_STRUCT_KIND, /* type_structure: museum, lab, association… */
	KEY_CONTRIBUTION, /* contribution: a contribution id */
	KEY_COMMENT,	/* commentaire: a comment id */
	KEY_KEEP,	/* contributions: anonymiser or supprimer */
	KEY_CONFIRM,	/* confirmer: 1 */
	KEY_PARENT,	/* parent: the comment an answer is to */
	/* Structures' directory: the next page starts after this structure
	 * (by name); a query key, but never echoed in <query>. */
	KEY_AFTER_STRUCT, /* suite: a structure id */
	KEY__MAX
};

struct kval {
	int		 present;
	const char	*s;	/* valid UTF-8, NUL-terminated */
	size_t		 len;
	long long	 i;	/* integers, flags */
	long long	 i2;	/* second half of a cursor */
	time_t		 t;	/* dates */
	int		 invalid; /* a form value that failed its validator */
};

/* Why a request was refused before any handler ran. */
enum req_error {
	REQERR_NONE,
	REQERR_BAD,		/* 400 */
	REQERR_TOO_LARGE,	/* 413 */
	REQERR_NOT_FOUND	/* 404 */
};

struct req_env {
	const char	*method;
	const char	*uri;		/* REQUEST_URI: path and query */
	const char	*query;		/* QUERY_STRING */
	const char	*host;		/* HTTP_HOST */
	const char	*cookie;
	const char	*if_none_match;
	const char	*if_modified_since;
	const char	*content_type;
	const char	*content_length;
	const char	*https;
	const char	*remote_addr;
	const char	*origin;	/* HTTP_ORIGIN */
	const char	*fetch_site;	/* HTTP_SEC_FETCH_SITE */
};

/* One value of a repeated key, in the order the form sent them. */
struct kmulti {
	enum key	 key;
	struct kval	 v;	/* present 0 when empty or invalid */
};

struct upload;

struct request {
	enum method	 method;
	enum fmt	 fmt;
	enum lang	 lang;
	int		 lang_from_query;
	char		*path;		/* decoded path, suffix removed */
	char		*qs;		/* the raw query string, for cache keys */
	struct kval	 in[KEY__MAX];
	char		 lang_cookie[4];
	char		 session_cookie[44];	/* a well-formed token, or "" */
	char		 csrf_cookie[44];
	struct buf	 scratch;	/* decoded copies of values */
	const char	*bad_key;	/* the key that failed validation */
	struct kmulti	 multi[REQ_MAX_MULTI];
	size_t		 nmulti;
	struct upload	*uploads;	/* files of a multipart body (upload.c) */
};

/* Reads one value of the request environment (CGI or FastCGI). */
typedef const char *(*env_get_fn)(void *arg, const char *name);

void	 req_env_read(struct req_env *, env_get_fn, void *);
enum req_error req_parse(struct request *, const struct req_env *);
enum req_error req_parse_form(struct request *, char *body, size_t len);
enum req_error req_set(struct request *, const char *name, char *value,
	    size_t len);
int	 req_key(const char *name);
int	 req_key_multi(enum key);
size_t	 req_count(const struct request *, enum key);
const struct kval *req_nth(const struct request *, enum key, size_t);
void	 req_free(struct request *);
const char *key_name(enum key);
int	 token_valid(const char *);
const char *fmt_suffix(enum fmt);

#endif

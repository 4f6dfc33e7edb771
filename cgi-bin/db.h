/*
 * The database: one connection per worker, every statement of the
 * program named in db-stmts.c and prepared once, on first use.
 *
 * When MariaDB goes away, the failing call closes the connection and
 * tries once more on a new one (re-preparing what it needs); if that
 * fails too it returns DB_GONE and the caller answers 503.  The next
 * request connects again by itself.
 */
#ifndef DB_H
#define DB_H

#include <stddef.h>

#include "db-stmts.h"

struct config;
struct db;

enum dbarg_type {
	DBARG_INT,
	DBARG_STR,
	DBARG_NULL
};

struct dbarg {
	enum dbarg_type	 type;
	long long	 i;
	const char	*s;
};

#define DB_INT(x)	{ DBARG_INT, (long long)(x), NULL }
#define DB_STR(x)	{ DBARG_STR, 0, (x) }
#define DB_NULL		{ DBARG_NULL, 0, NULL }

enum db_rc {
	DB_OK = 0,
	DB_ERR = -1,	/* a bug or bad data: 500 */
	DB_GONE = -2	/* the server is unreachable: 503 */
};

enum dbcol_type {
	DBCOL_TEXT,
	DBCOL_NUMBER,
	DBCOL_DATETIME,	/* "YYYY-MM-DD HH:MM:SS", UTC */
	DBCOL_DATE
};

struct dbcol {
	const char	*name;	/* the column's alias */
	enum dbcol_type	 type;
};

/*
 * Called once per row.  `vals[i]` is NULL for SQL NULL, otherwise a
 * NUL-terminated string of `lens[i]` bytes.  A non-zero return stops.
 */
typedef int (*db_row_fn)(void *arg, size_t ncols, const struct dbcol *,
    char *const *vals, const unsigned long *lens);

struct db	*db_new(const struct config *);
void		 db_free(struct db *);
int		 db_query(struct db *, enum stmt, const struct dbarg *, size_t,
		    db_row_fn, void *);
int		 db_exec(struct db *, enum stmt, const struct dbarg *, size_t);
int		 db_connected(const struct db *);
long long	 db_last_id(const struct db *);
int		 db_begin(struct db *);
int		 db_commit(struct db *);
void		 db_rollback(struct db *);
const char	*db_error(const struct db *);

#endif

#include <errno.h>
#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "db.h"

struct db {
	const struct config *conf;
	MYSQL		*conn;
	MYSQL_STMT	*stmts[STMT__MAX];
	long long	 last_id;
	int		 in_tx;	/* no silent retry inside a transaction */
	char		 err[256];
};

struct db *
db_new(const struct config *conf)
{
	struct db	*db;

	if ((db = calloc(1, sizeof(*db))) == NULL)
		return NULL;
	db->conf = conf;
	return db;
}

static void
db_disconnect(struct db *db)
{
	size_t	 i;

	for (i = 0; i < STMT__MAX; i++)
		if (db->stmts[i] != NULL) {
			mysql_stmt_close(db->stmts[i]);
			db->stmts[i] = NULL;
		}
	if (db->conn != NULL)
		mysql_close(db->conn);
	db->conn = NULL;
}

void
db_free(struct db *db)
{
	if (db == NULL)
		return;
	db_disconnect(db);
	free(db);
}

int
db_connected(const struct db *db)
{
	return db->conn != NULL;
}

const char *
db_error(const struct db *db)
{
	return db->err;
}

static int
db_connect(struct db *db)
{
	const struct config *c = db->conf;
	unsigned int	 timeout = 2, rwtimeout = 30;
	const char	*sock = config_str(c, CONF_DB_SOCKET);

	if ((db->conn = mysql_init(NULL)) == NULL) {
		snprintf(db->err, sizeof(db->err), "mysql_init failed");
		return -1;
	}
	mysql_options(db->conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_options(db->conn, MYSQL_OPT_READ_TIMEOUT, &rwtimeout);
	mysql_options(db->conn, MYSQL_OPT_WRITE_TIMEOUT, &rwtimeout);
	mysql_options(db->conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/*
	 * Times are stored in UTC whatever the server's zone.  READ
	 * COMMITTED: no gap locks, so members publishing at the same time
	 * (new rows at the end of the same indexes) do not deadlock; every
	 * page reads what was committed when its statement ran.
	 */
	mysql_options(db->conn, MYSQL_INIT_COMMAND,
	    "SET time_zone = '+00:00', group_concat_max_len = 1048576");
	mysql_options(db->conn, MYSQL_INIT_COMMAND,
	    "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
	if (mysql_real_connect(db->conn, config_str(c, CONF_DB_HOST),
	    config_str(c, CONF_DB_USER), config_str(c, CONF_DB_PASSWORD),
	    config_str(c, CONF_DB_NAME),
	    (unsigned int)config_int(c, CONF_DB_PORT),
	    sock[0] != '\0' ? sock : NULL, 0) == NULL) {
		snprintf(db->err, sizeof(db->err), "connect: %s",
		    mysql_error(db->conn));
		mysql_close(db->conn);
		db->conn = NULL;
		return -1;
	}
	return 0;
}

/* Errors after which the connection is worth nothing. */
static int
is_gone(unsigned int e)
{
	switch (e) {
	case CR_SERVER_GONE_ERROR:
	case CR_SERVER_LOST:
	case CR_CONNECTION_ERROR:
	case CR_CONN_HOST_ERROR:
	case CR_SERVER_LOST_EXTENDED:
	case CR_COMMANDS_OUT_OF_SYNC:
	case ER_CONNECTION_KILLED:
	case ER_SERVER_SHUTDOWN:
	case ER_UNKNOWN_STMT_HANDLER:
	case 4031: /* ER_CLIENT_INTERACTION_TIMEOUT */
		return 1;
	default:
		return 0;
	}
}

static MYSQL_STMT *
stmt_get(struct db *db, enum stmt s)
{
	MYSQL_STMT	*st;
	const char	*sql = db_stmts[s];

	if (db->stmts[s] != NULL)
		return db->stmts[s];
	if ((st = mysql_stmt_init(db->conn)) == NULL)
		return NULL;
	if (mysql_stmt_prepare(st, sql, strlen(sql)) != 0) {
		snprintf(db->err, sizeof(db->err), "prepare %d: %s",
		    (int)s, mysql_stmt_error(st));
		mysql_stmt_close(st);
		return NULL;
	}
	db->stmts[s] = st;
	return st;
}

static enum dbcol_type
col_type(enum enum_field_types t)
{
	switch (t) {
	case MYSQL_TYPE_DATETIME:
	case MYSQL_TYPE_TIMESTAMP:
		return DBCOL_DATETIME;
	case MYSQL_TYPE_DATE:
		return DBCOL_DATE;
	case MYSQL_TYPE_TINY:
	case MYSQL_TYPE_SHORT:
	case MYSQL_TYPE_LONG:
	case MYSQL_TYPE_LONGLONG:
	case MYSQL_TYPE_INT24:
	case MYSQL_TYPE_DECIMAL:
	case MYSQL_TYPE_NEWDECIMAL:
	case MYSQL_TYPE_FLOAT:
	case MYSQL_TYPE_DOUBLE:
		return DBCOL_NUMBER;
	default:
		return DBCOL_TEXT;
	}
}

struct result {
	size_t		 ncols;
	MYSQL_BIND	*binds;
	struct dbcol	*cols;
	char		**vals;
	unsigned long	*lens;
	my_bool		*nulls;
	my_bool		*errs;
};

static void
result_free(struct result *res)
{
	size_t	 i;

	for (i = 0; i < res->ncols; i++)
		free(res->binds[i].buffer);
	free(res->binds);
	free(res->cols);
	free(res->vals);
	free(res->lens);
	free(res->nulls);
	free(res->errs);
}

static int
result_bind(MYSQL_STMT *st, MYSQL_RES *meta, struct result *res)
{
	MYSQL_FIELD	*f;
	size_t		 i, n;

	res->ncols = mysql_num_fields(meta);
	f = mysql_fetch_fields(meta);
	res->binds = calloc(res->ncols, sizeof(*res->binds));
	res->cols = calloc(res->ncols, sizeof(*res->cols));
	res->vals = calloc(res->ncols, sizeof(*res->vals));
	res->lens = calloc(res->ncols, sizeof(*res->lens));
	res->nulls = calloc(res->ncols, sizeof(*res->nulls));
	res->errs = calloc(res->ncols, sizeof(*res->errs));
	if (res->binds == NULL || res->cols == NULL || res->vals == NULL ||
	    res->lens == NULL || res->nulls == NULL || res->errs == NULL)
		return -1;
	for (i = 0; i < res->ncols; i++) {
		res->cols[i].name = f[i].name;
		res->cols[i].type = col_type(f[i].type);
		n = f[i].max_length > 64 ? f[i].max_length : 64;
		if ((res->binds[i].buffer = malloc(n + 1)) == NULL)
			return -1;
		res->binds[i].buffer_type = MYSQL_TYPE_STRING;
		res->binds[i].buffer_length = n + 1;
		res->binds[i].length = &res->lens[i];
		res->binds[i].is_null = &res->nulls[i];
		res->binds[i].error = &res->errs[i];
	}
	return mysql_stmt_bind_result(st, res->binds) == 0 ? 0 : -1;
}

/* A value longer than its buffer: grow the buffer, fetch it again. */
static int
result_refetch(MYSQL_STMT *st, struct result *res)
{
	size_t	 i;
	void	*p;

	for (i = 0; i < res->ncols; i++) {
		if (res->nulls[i] ||
		    res->lens[i] < res->binds[i].buffer_length)
			continue;
		if ((p = realloc(res->binds[i].buffer, res->lens[i] + 1)) ==
		    NULL)
			return -1;
		res->binds[i].buffer = p;
		res->binds[i].buffer_length = res->lens[i] + 1;
		if (mysql_stmt_fetch_column(st, &res->binds[i],
		    (unsigned int)i, 0) != 0)
			return -1;
	}
	return 0;
}

static int
run_once(struct db *db, enum stmt s, const struct dbarg *args, size_t nargs,
    db_row_fn fn, void *arg, int *rows)
{
	MYSQL_STMT	*st;
	MYSQL_BIND	 pb[16];
	MYSQL_RES	*meta = NULL;
	struct result	 res;
	my_bool		 update_max = 1;
	size_t		 i;
	int		 rc = DB_ERR, frc;
	unsigned long	 slen[16];

	memset(&res, 0, sizeof(res));
	*rows = 0;
	if (db->conn == NULL && db_connect(db) == -1)
		return DB_GONE;
	if ((st = stmt_get(db, s)) == NULL)
		return is_gone(mysql_errno(db->conn)) ? DB_GONE : DB_ERR;
	if (nargs > 16 || mysql_stmt_param_count(st) != nargs) {
		snprintf(db->err, sizeof(db->err),
		    "statement %d: %zu arguments for %lu", (int)s, nargs,
		    mysql_stmt_param_count(st));
		return DB_ERR;
	}
	memset(pb, 0, sizeof(pb));
	for (i = 0; i < nargs; i++) {
		switch (args[i].type) {
		case DBARG_INT:
			pb[i].buffer_type = MYSQL_TYPE_LONGLONG;
			pb[i].buffer = (void *)&args[i].i;
			break;
		case DBARG_STR:
			slen[i] = (unsigned long)strlen(args[i].s);
			pb[i].buffer_type = MYSQL_TYPE_STRING;
			pb[i].buffer = (void *)args[i].s;
			pb[i].buffer_length = slen[i];
			pb[i].length = &slen[i];
			break;
		case DBARG_NULL:
			pb[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		}
	}
	if (nargs > 0 && mysql_stmt_bind_param(st, pb) != 0)
		goto sqlerr;
	if (mysql_stmt_execute(st) != 0)
		goto sqlerr;
	if ((meta = mysql_stmt_result_metadata(st)) == NULL) {
		/* No result set: an UPDATE or INSERT. */
		*rows = (int)mysql_stmt_affected_rows(st);
		db->last_id = (long long)mysql_stmt_insert_id(st);
		return DB_OK;
	}
	mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &update_max);
	if (mysql_stmt_store_result(st) != 0)
		goto sqlerr;
	/* Buffers are sized from max_length, known once the rows are in. */
	mysql_free_result(meta);
	if ((meta = mysql_stmt_result_metadata(st)) == NULL)
		goto sqlerr;
	if (result_bind(st, meta, &res) == -1)
		goto sqlerr;
	for (;;) {
		frc = mysql_stmt_fetch(st);
		if (frc == MYSQL_NO_DATA)
			break;
		if (frc == 1)
			goto sqlerr;
		if (frc == MYSQL_DATA_TRUNCATED &&
		    result_refetch(st, &res) == -1)
			goto sqlerr;
		for (i = 0; i < res.ncols; i++) {
			if (res.nulls[i]) {
				res.vals[i] = NULL;
				continue;
			}
			res.vals[i] = res.binds[i].buffer;
			res.vals[i][res.lens[i]] = '\0';
		}
		(*rows)++;
		if (fn != NULL &&
		    fn(arg, res.ncols, res.cols, res.vals, res.lens) != 0)
			break;
	}
	rc = DB_OK;
	goto out;
sqlerr:
	snprintf(db->err, sizeof(db->err), "statement %d: %s", (int)s,
	    mysql_stmt_error(st));
	rc = is_gone(mysql_stmt_errno(st)) ? DB_GONE : DB_ERR;
out:
	mysql_stmt_free_result(st);
	if (meta != NULL)
		mysql_free_result(meta);
	result_free(&res);
	return rc;
}

/* Runs a statement; rows go to `fn`.  Returns the row count or < 0. */
int
db_query(struct db *db, enum stmt s, const struct dbarg *args, size_t nargs,
    db_row_fn fn, void *arg)
{
	int	 rc, rows = 0, attempt;

	for (attempt = 0; attempt < 2; attempt++) {
		rc = run_once(db, s, args, nargs, fn, arg, &rows);
		if (rc != DB_GONE) {
			if (rc == DB_ERR && db->conn != NULL &&
			    is_gone(mysql_errno(db->conn)))
				rc = DB_GONE;
			else
				return rc == DB_OK ? rows : rc;
		}
		/* A row already handed out can't be taken back, nor can a
		 * transaction's earlier statements: no retry. */
		db_disconnect(db);
		if (rows > 0 || db->in_tx) {
			db->in_tx = 0;
			break;
		}
	}
	return DB_GONE;
}

int
db_exec(struct db *db, enum stmt s, const struct dbarg *args, size_t nargs)
{
	return db_query(db, s, args, nargs, NULL, NULL);
}

/* The AUTO_INCREMENT id given by the last INSERT. */
long long
db_last_id(const struct db *db)
{
	return db->last_id;
}

/*
 * A transaction, so that a write of several rows is whole or absent.
 * No retry on a lost connection inside one: the caller gets DB_GONE.
 */
int
db_begin(struct db *db)
{
	if (db->conn == NULL && db_connect(db) == -1)
		return DB_GONE;
	if (mysql_autocommit(db->conn, 0) != 0)
		return DB_GONE;
	db->in_tx = 1;
	return DB_OK;
}

int
db_commit(struct db *db)
{
	int	 rc;

	if (db->conn == NULL)
		return DB_GONE;
	rc = mysql_commit(db->conn) == 0 ? DB_OK : DB_ERR;
	mysql_autocommit(db->conn, 1);
	db->in_tx = 0;
	return rc;
}

void
db_rollback(struct db *db)
{
	if (db->conn == NULL) {
		db->in_tx = 0;
		return;
	}
	mysql_rollback(db->conn);
	mysql_autocommit(db->conn, 1);
	db->in_tx = 0;
}

/*
 * echo-admin: the territory teams from the command line, for the first
 * network admin of a fresh install (nobody can grant a role through the
 * site before there is one) and for development.
 *
 *   echo-admin grant EMAIL TERRITORY editor|admin
 *   echo-admin revoke EMAIL TERRITORY
 *   echo-admin roles
 *
 * TERRITORY is a slug; "national" names the network team, whose roles
 * cover every territory.  The configuration is the worker's (ECHO_CONF,
 * or $sysconfdir/echosciences.conf; ECHO_DB_* in the environment override
 * it), the statements those of db-stmts.c, and every change is written to
 * audit_log with "echo-admin" as its actor, in the same transaction.
 *
 * Exit status: 0 done (or nothing to do), 1 refused or failed, 2 usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "db.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif

#define COLS	5
#define COL_MAX	256

/* The first row of a look-up, its columns as text. */
struct row {
	int	 found;
	char	 v[COLS][COL_MAX];
};

static const char *me = "echo-admin";

/* Are these arguments one of the commands? */
static int
args_ok(int argc, char **argv)
{
	if (argc < 2)
		return 0;
	if (strcmp(argv[1], "roles") == 0)
		return argc == 2;
	if (strcmp(argv[1], "grant") == 0)
		return argc == 5 && (strcmp(argv[4], "editor") == 0 ||
		    strcmp(argv[4], "admin") == 0);
	if (strcmp(argv[1], "revoke") == 0)
		return argc == 4;
	return 0;
}

static int
row_first(void *arg, size_t ncols, const struct dbcol *cols,
    char *const *vals, const unsigned long *lens)
{
	struct row	*r = arg;
	size_t		 i;

	(void)cols;
	(void)lens;
	if (r->found++)
		return 0;
	for (i = 0; i < ncols && i < COLS; i++)
		snprintf(r->v[i], COL_MAX, "%s", vals[i] != NULL ? vals[i] : "");
	return 0;
}

static int
row_print(void *arg, size_t ncols, const struct dbcol *cols,
    char *const *vals, const unsigned long *lens)
{
	(void)arg;
	(void)cols;
	(void)lens;
	if (ncols < 5)
		return 1;
	/* territory, role, address, name; an account that cannot log in
	 * says so. */
	printf("%s\t%s\t%s\t%s%s%s\n", vals[0], vals[1], vals[2], vals[3],
	    strcmp(vals[4], "active") != 0 ? "\t" : "",
	    strcmp(vals[4], "active") != 0 ? vals[4] : "");
	return 0;
}

static int
fail(struct db *db, const char *what)
{
	fprintf(stderr, "%s: %s: %s\n", me, what, db_error(db));
	return 1;
}

static int
roles_list(struct db *db)
{
	if (db_query(db, STMT_ADMIN_ROLES_ALL, NULL, 0, row_print, NULL) < 0)
		return fail(db, "cannot read the roles");
	return fflush(stdout) == 0 ? 0 : 1;
}

/*
 * Sets (role "editor" or "admin") or removes (role NULL) the role of
 * the account of `email` on `slug`, with its line in audit_log.
 */
static int
role_set(struct db *db, const char *email, const char *slug,
    const char *role)
{
	struct row	 t = { 0 }, m = { 0 }, cur = { 0 };
	long long	 tid, mid;
	int		 rc;

	{
		struct dbarg a[] = { DB_STR(slug) };

		if (db_query(db, STMT_ADMIN_TERRITORY_BY_SLUG, a, 1, row_first,
		    &t) < 0)
			return fail(db, "cannot read the territories");
	}
	if (!t.found) {
		fprintf(stderr, "%s: no territory \"%s\" (\"national\" is the "
		    "network)\n", me, slug);
		return 1;
	}
	{
		struct dbarg a[] = { DB_STR(email) };

		if (db_query(db, STMT_ADMIN_MEMBER_BY_EMAIL, a, 1, row_first,
		    &m) < 0)
			return fail(db, "cannot read the members");
	}
	if (!m.found) {
		fprintf(stderr, "%s: no account with the address %s\n", me,
		    email);
		return 1;
	}
	if (role != NULL && strcmp(m.v[2], "active") != 0) {
		fprintf(stderr, "%s: the account of %s is %s: it must be "
		    "confirmed (the link of its sign-up mail) first\n", me,
		    email, m.v[2]);
		return 1;
	}
	tid = strtoll(t.v[0], NULL, 10);
	mid = strtoll(m.v[0], NULL, 10);

	if (db_begin(db) != DB_OK)
		return fail(db, "cannot start a transaction");
	{
		struct dbarg a[] = { DB_INT(tid) };
		struct dbarg b[] = { DB_INT(mid), DB_INT(tid) };

		if (db_exec(db, STMT_ADMIN_TERRITORY_LOCK, a, 1) < 0 ||
		    db_query(db, STMT_ADMIN_ROLE_OF, b, 2, row_first, &cur) < 0)
			goto err;
	}
	if (role == NULL && !cur.found) {
		db_rollback(db);
		fprintf(stderr, "%s: %s has no role on %s\n", me, email, slug);
		return 1;
	}
	if (role != NULL && cur.found && strcmp(cur.v[0], role) == 0) {
		db_rollback(db);
		printf("%s is already %s of %s: nothing changed\n", email, role,
		    t.v[2]);
		return 0;
	}
	if (role != NULL) {
		struct dbarg a[] = { DB_INT(mid), DB_INT(tid), DB_STR(role),
		    DB_NULL };

		rc = db_exec(db, STMT_ADMIN_ROLE_SET, a, 4);
	} else {
		struct dbarg a[] = { DB_INT(mid), DB_INT(tid) };

		rc = db_exec(db, STMT_ADMIN_ROLE_DELETE, a, 2);
	}
	if (rc < 0)
		goto err;
	{
		struct dbarg a[] = { DB_INT(tid), DB_NULL, DB_STR(me),
		    DB_STR(role != NULL ? "role-grant" : "role-remove"),
		    DB_STR("member"), DB_INT(mid),
		    DB_STR(role != NULL ? role : cur.v[0]) };

		if (db_exec(db, STMT_ADMIN_AUDIT_ADD, a, 7) < 0)
			goto err;
	}
	if (db_commit(db) != DB_OK)
		goto err;
	if (role != NULL)
		printf("%s (%s) is now %s of %s\n", email, m.v[3], role, t.v[2]);
	else
		printf("%s (%s) is no longer %s of %s\n", email, m.v[3],
		    cur.v[0], t.v[2]);
	return 0;
err:
	rc = fail(db, "the change failed, nothing was written");
	db_rollback(db);
	return rc;
}

int
main(int argc, char **argv)
{
	struct config	 conf;
	struct db	*db;
	const char	*path = getenv("ECHO_CONF");
	char		 err[512];
	int		 rc;

	if (!args_ok(argc, argv)) {
		fprintf(stderr, "usage: %s grant EMAIL TERRITORY editor|admin\n"
		    "       %s revoke EMAIL TERRITORY\n"
		    "       %s roles\n", me, me, me);
		return 2;
	}

	if (path == NULL && access(SYSCONFDIR "/echosciences.conf", R_OK) == 0)
		path = SYSCONFDIR "/echosciences.conf";
	if (config_load(&conf, path, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s: %s\n", me, err);
		return 1;
	}
	if ((db = db_new(&conf)) == NULL) {
		fprintf(stderr, "%s: out of memory\n", me);
		config_free(&conf);
		return 1;
	}
	if (strcmp(argv[1], "roles") == 0)
		rc = roles_list(db);
	else
		rc = role_set(db, argv[2], argv[3], argv[1][0] == 'g' ?
		    argv[4] : NULL);
	db_free(db);
	config_free(&conf);
	return rc;
}

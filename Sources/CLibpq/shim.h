// libpq (Debian's libpq-dev headers, libpq5 at run time), loaded with dlopen by the team commands only.
// MustDo does not link libpq: a dynamic link would load libpq5 with libssl, GSSAPI, Kerberos and LDAP
// (22 shared objects, about 10 million instructions) on every start, including `mustdo today`
// (DECISIONS.md, "libpq is opened, not linked"). The function types come from libpq-fe.h itself, so a
// call through this table is checked against the real prototypes.
#ifndef MUSTDO_CLIBPQ_SHIM_H
#define MUSTDO_CLIBPQ_SHIM_H

#include <dlfcn.h>
#include <stddef.h>
#include <postgresql/libpq-fe.h>

/// The libpq functions MustDo calls, resolved at run time.
typedef struct mustdo_pq_api {
    __typeof__(&PQconnectdb) connectdb;
    __typeof__(&PQstatus) status;
    __typeof__(&PQerrorMessage) errorMessage;
    __typeof__(&PQfinish) finish;
    __typeof__(&PQexec) exec;
    __typeof__(&PQexecParams) execParams;
    __typeof__(&PQresultStatus) resultStatus;
    __typeof__(&PQresultErrorField) resultErrorField;
    __typeof__(&PQresultErrorMessage) resultErrorMessage;
    __typeof__(&PQntuples) ntuples;
    __typeof__(&PQnfields) nfields;
    __typeof__(&PQgetvalue) getvalue;
    __typeof__(&PQgetisnull) getisnull;
    __typeof__(&PQclear) clear;
    __typeof__(&PQconnectionNeedsPassword) connectionNeedsPassword;
    __typeof__(&PQconnectionUsedPassword) connectionUsedPassword;
    __typeof__(&PQencryptPasswordConn) encryptPasswordConn;
    __typeof__(&PQfreemem) freemem;
    __typeof__(&PQsslInUse) sslInUse;
    __typeof__(&PQuser) user;
    __typeof__(&PQconninfoParse) conninfoParse;
    __typeof__(&PQconninfoFree) conninfoFree;
    __typeof__(&PQtransactionStatus) transactionStatus;
    // Pipeline mode (libpq 14 and later): NULL with an older libpq, then statements go one round trip each.
    __typeof__(&PQenterPipelineMode) enterPipelineMode;
    __typeof__(&PQexitPipelineMode) exitPipelineMode;
    __typeof__(&PQpipelineSync) pipelineSync;
    __typeof__(&PQsendQueryParams) sendQueryParams;
    __typeof__(&PQgetResult) getResult;
} mustdo_pq_api;

/// Opens libpq.so.5 and fills `api`; returns NULL, or dlerror()'s sentence when the library or a function is missing.
static inline const char *mustdo_pq_load(mustdo_pq_api *api) {
    void *h = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!h) return dlerror();
#define MUSTDO_PQ_SYM(field, name) do { *(void **)(&api->field) = dlsym(h, name); if (!api->field) return dlerror(); } while (0)
    MUSTDO_PQ_SYM(connectdb, "PQconnectdb");
    MUSTDO_PQ_SYM(status, "PQstatus");
    MUSTDO_PQ_SYM(errorMessage, "PQerrorMessage");
    MUSTDO_PQ_SYM(finish, "PQfinish");
    MUSTDO_PQ_SYM(exec, "PQexec");
    MUSTDO_PQ_SYM(execParams, "PQexecParams");
    MUSTDO_PQ_SYM(resultStatus, "PQresultStatus");
    MUSTDO_PQ_SYM(resultErrorField, "PQresultErrorField");
    MUSTDO_PQ_SYM(resultErrorMessage, "PQresultErrorMessage");
    MUSTDO_PQ_SYM(ntuples, "PQntuples");
    MUSTDO_PQ_SYM(nfields, "PQnfields");
    MUSTDO_PQ_SYM(getvalue, "PQgetvalue");
    MUSTDO_PQ_SYM(getisnull, "PQgetisnull");
    MUSTDO_PQ_SYM(clear, "PQclear");
    MUSTDO_PQ_SYM(connectionNeedsPassword, "PQconnectionNeedsPassword");
    MUSTDO_PQ_SYM(connectionUsedPassword, "PQconnectionUsedPassword");
    MUSTDO_PQ_SYM(encryptPasswordConn, "PQencryptPasswordConn");
    MUSTDO_PQ_SYM(freemem, "PQfreemem");
    MUSTDO_PQ_SYM(sslInUse, "PQsslInUse");
    MUSTDO_PQ_SYM(user, "PQuser");
    MUSTDO_PQ_SYM(conninfoParse, "PQconninfoParse");
    MUSTDO_PQ_SYM(conninfoFree, "PQconninfoFree");
    MUSTDO_PQ_SYM(transactionStatus, "PQtransactionStatus");
#undef MUSTDO_PQ_SYM
#define MUSTDO_PQ_OPTIONAL(field, name) do { *(void **)(&api->field) = dlsym(h, name); } while (0)
    MUSTDO_PQ_OPTIONAL(enterPipelineMode, "PQenterPipelineMode");
    MUSTDO_PQ_OPTIONAL(exitPipelineMode, "PQexitPipelineMode");
    MUSTDO_PQ_OPTIONAL(pipelineSync, "PQpipelineSync");
    MUSTDO_PQ_OPTIONAL(sendQueryParams, "PQsendQueryParams");
    MUSTDO_PQ_OPTIONAL(getResult, "PQgetResult");
    if (!api->enterPipelineMode || !api->exitPipelineMode || !api->pipelineSync || !api->sendQueryParams || !api->getResult)
        api->enterPipelineMode = NULL;
#undef MUSTDO_PQ_OPTIONAL
    return NULL;
}

/// The SQLSTATE field code for PQresultErrorField.
static inline int mustdo_pq_diag_sqlstate(void) { return PG_DIAG_SQLSTATE; }

#endif

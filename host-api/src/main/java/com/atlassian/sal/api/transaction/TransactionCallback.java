package com.atlassian.sal.api.transaction;

/**
 * Compile-time stand-in for SAL's transaction callback (see
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html).
 *
 * @param <T> result type
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}

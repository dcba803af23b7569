package com.pmosuite.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.Map;

/**
 * The {@link ActiveObjects} facade over a real AO {@link EntityManager}, the way Atlassian's own implementation
 * delegates to it: checked {@link SQLException}s become {@link AoSqlException}, and a transaction started inside
 * another joins the outer one (as the host's transaction template does).
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;
    private final Integer transactionIsolation;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Transactions as AO's own {@link Transaction} runs them: SERIALIZABLE. */
    public EntityManagerActiveObjects(EntityManager entityManager) {
        this(entityManager, null);
    }

    /**
     * @param transactionIsolation a {@link java.sql.Connection} {@code TRANSACTION_*} level for every transaction,
     *                             or {@code null} for AO's own choice (SERIALIZABLE)
     */
    public EntityManagerActiveObjects(EntityManager entityManager, Integer transactionIsolation) {
        this.entityManager = entityManager;
        this.transactionIsolation = transactionIsolation;
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() throws SQLException {
                    if (transactionIsolation != null) {
                        // AO's Transaction has just set SERIALIZABLE on the transaction's connection, which the
                        // provider hands out to this thread; no statement has run on it yet, so it may change.
                        entityManager.getProvider().getConnection().setTransactionIsolation(transactionIsolation);
                    }
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        } finally {
            inTransaction.remove();
        }
    }
}

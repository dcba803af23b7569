package com.pmosuite.plugin.compliance.ao;

import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.compliance.waiver.WaiverRequest;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.platform.audit.ao.AoAuditTrail;
import com.pmosuite.plugin.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A waiver's history is written to the shared audit trail under its project (id and key at the time), so it can be
 * read and permission-checked like every project's PMO history, also after a key rename.
 */
class AoWaiverStoreAuditIT {
    private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");
    private AoDatabase database;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void everyLineOfAWaiversHistoryIsUnderItsProject() {
        AoWaiverStore store = new AoWaiverStore(database.activeObjects());
        Waiver waiver = store.create(new WaiverRequest(3, 10_000, List.of("ALPHA-1"), "Why", LocalDate.of(2026, 4, 1)),
                "ALPHA", "alice", AT);
        store.decide(waiver.id(), 1, WaiverStatus.APPROVED, "ok", "pmo", AT.plusSeconds(60));

        AoAuditTrail trail = new AoAuditTrail(database.activeObjects());
        assertThat(trail.projectOf(Waivers.ENTITY_TYPE, waiver.id()))
                .contains(new AoAuditTrail.StoredProject(10_000, "ALPHA"));
        assertThat(trail.entries(Waivers.ENTITY_TYPE, waiver.id())).hasSize(7);
    }
}
